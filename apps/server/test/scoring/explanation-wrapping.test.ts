// Hand-wrapped explanations: a line break inside a paragraph does not end a sentence.
import { describe, expect, it } from 'vitest'
import { loadLibrary } from '@pairwise/problems'
import { scoreExplanation } from '../../src/scoring/index.ts'

const PARAGRAPH =
  'I compute DCG by summing the exponential gain 2^rel - 1 divided by log2 of the position plus one over the first k items, then divide by the DCG of the same labels sorted in descending order, the ideal ordering. If the ideal DCG is zero nothing is relevant, so I return 0 instead of dividing by zero. Sorting for the ideal ordering costs O(n log n) time and O(n) space. I checked the example from the statement, a perfect ordering that gives exactly 1.0, and a reversed list that scores lower.'

function wrap(text: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

describe('wrapped explanations', () => {
  it('score like the same text in one paragraph, with no keyword-list flag', async () => {
    const p = (await loadLibrary()).problems.find((x) => x.slug === 'ndcg-at-k')
    if (!p) throw new Error('ndcg-at-k missing')
    const base = { rubric: p.rubric, statement: p.statement }
    const flat = scoreExplanation({ ...base, explanation: PARAGRAPH })
    const wrapped = scoreExplanation({ ...base, explanation: wrap(PARAGRAPH, 72) })
    expect(wrapped.flags.map((f) => f.code)).not.toContain('keyword-list')
    expect(Math.abs(wrapped.score - flat.score)).toBeLessThan(0.02)
    for (const c of wrapped.criteria) {
      for (const quote of c.evidence) expect(wrap(PARAGRAPH, 72)).toContain(quote)
    }
    // The first scoring in a process loads the word vectors: generous on a busy machine.
  }, 180_000)

  it('still treats a bulleted list as separate points', async () => {
    const p = (await loadLibrary()).problems.find((x) => x.slug === 'ndcg-at-k')
    if (!p) throw new Error('ndcg-at-k missing')
    const bullets = '- ideal ordering\n- normalize by IDCG\n- O(n log n) sort\n- empty list\n- ties'
    const r = scoreExplanation({ rubric: p.rubric, statement: p.statement, explanation: bullets })
    expect(r.flags.map((f) => f.code)).toContain('keyword-list')
  })
})
