// Hostile explanations made of enormous "words" are scored as quickly as ordinary ones.
import { describe, expect, it } from 'vitest'
import { loadLibrary } from '@pairwise/problems'
import { clipLongWords } from '../../src/scoring/text.ts'
import { scoreExplanation } from '../../src/scoring/index.ts'

describe('long words', () => {
  it('are clipped before the stemmer sees them', () => {
    expect(clipLongWords(`a ${'x'.repeat(100)} b`)).toBe(`a ${'x'.repeat(40)} b`)
    expect(clipLongWords('ordinary words stay')).toBe('ordinary words stay')
  })

  it('score as nothing, whatever their length', async () => {
    const p = (await loadLibrary()).problems.find((x) => x.slug === 'ndcg-at-k')
    if (!p) throw new Error('ndcg-at-k missing')
    const r = scoreExplanation({
      rubric: p.rubric,
      statement: p.statement,
      explanation: 'a'.repeat(19_000),
    })
    expect(r.score).toBeLessThan(0.05)
  })
})
