// The offline explanation scorer on the ndcg-at-k problem: ordering, evidence, advice, speed.
import { describe, expect, it } from 'vitest'
// Straight from the file until the package index re-exports score.ts.
import { ScoreReport } from '@pairwise/shared'
import { scoreExplanation } from '../../src/scoring/explanation.ts'
import { visibleText } from '../../src/scoring/text.ts'
import { assistantReply, code, rubric, statement, strong, weak } from './fixtures/ndcg-at-k.ts'

const score = (explanation: string) =>
  scoreExplanation({ explanation, rubric, statement, code, assistantReplies: [assistantReply] })

const medium = `I compute the DCG of the first k labels with a log2 position discount and divide it by the DCG of the labels sorted in descending order. If that ideal DCG is zero I return 0. Sorting makes it O(n log n).`

describe('scoreExplanation', () => {
  it('orders a strong, a medium and a weak explanation', () => {
    const s = score(strong).score
    const m = score(medium).score
    const w = score(weak).score
    expect(s).toBeGreaterThan(0.7)
    expect(s - m).toBeGreaterThan(0.15)
    expect(m - w).toBeGreaterThan(0.15)
    expect(w).toBeLessThan(0.15)
  })

  it('quotes evidence that occurs verbatim in the explanation', () => {
    for (const text of [strong, medium, `${strong}\u200B`]) {
      const result = score(text)
      const quotes = result.criteria.flatMap((c) => c.evidence)
      expect(quotes.length).toBeGreaterThan(0)
      for (const quote of quotes) expect(visibleText(text)).toContain(quote)
    }
  })

  it('gives every criterion of the rubric, with points that add up to 100', () => {
    const result = score(strong)
    expect(result.criteria.map((c) => c.id)).toEqual(rubric.criteria.map((c) => c.id))
    const max = result.criteria.reduce((s, c) => s + c.max, 0)
    expect(max).toBeCloseTo(100, 0)
    const points = result.criteria.reduce((s, c) => s + c.score, 0)
    expect(points).toBeCloseTo(result.score * 100, 0)
  })

  it('names the next two missing concepts in its advice, not the whole checklist', () => {
    const result = score(medium)
    const tradeoffs = result.criteria.find((c) => c.id === 'tradeoffs')
    const missing = tradeoffs?.missing ?? []
    expect(missing.length).toBeGreaterThan(0)
    expect(missing.length).toBeLessThanOrEqual(2)
    const concepts = rubric.criteria.find((c) => c.id === 'tradeoffs')?.concepts ?? []
    for (const m of missing) {
      expect(concepts).toContain(m)
      expect(tradeoffs?.feedback).toContain(m)
    }
    expect(tradeoffs?.feedback).not.toContain(
      rubric.criteria.find((c) => c.id === 'tradeoffs')?.description ?? '',
    )
    const validation = result.criteria.find((c) => c.id === 'validation')
    expect(validation?.score).toBeLessThan(3)
  })

  it('raises no gaming flag on honest explanations', () => {
    for (const text of [strong, medium, weak]) expect(score(text).flags).toEqual([])
  })

  it('reports communication qualities, including identifiers from the code', () => {
    const signals = new Map(score(strong).communication.map((s) => [s.id, s]))
    for (const id of ['approach', 'complexity', 'tradeoffs', 'edge-cases', 'validation']) {
      expect(signals.get(id)?.present).toBe(true)
    }
    expect(signals.get('specificity')?.detail).toContain('ndcg_at_k')
    const weakSignals = new Map(score(weak).communication.map((s) => [s.id, s]))
    expect(weakSignals.get('complexity')?.present).toBe(false)
  })

  it('does not reward saying the same thing at greater length', () => {
    const padded = `${medium} ${medium.replace('I compute', 'So I compute')} To repeat: ${medium}`
    expect(score(padded).score).toBeLessThanOrEqual(score(medium).score + 0.01)
  })

  // Speed lives in `pnpm bench scoring`, not in a timing assertion on a shared machine.
  it('is deterministic', () => {
    expect(score(strong)).toEqual(score(strong))
  })

  it('fits the shared ScoreReport schema', () => {
    const result = score(strong)
    const report = ScoreReport.parse({
      total: Math.round(result.score * 100),
      criteria: result.criteria,
      correctness: { passed: 3, total: 3, score: 30, max: 30 },
      consistency: { score: 10, max: 10, flags: [] },
      collaboration: { score: 15, max: 15, signals: [] },
      communication: result.communication,
      flags: result.flags,
      scorers: [result.scorer],
      createdAt: new Date(0).toISOString(),
    })
    expect(report.criteria).toHaveLength(rubric.criteria.length)
  })
})
