// A concept that names a number ("cap of 0", "k = 1") is stated only by a sentence that says the number.
import { describe, expect, it } from 'vitest'
import { libraryProblem } from '../helpers/library-problem.ts'
import { scoreExplanation } from '../../src/scoring/index.ts'

async function score(slug: string, explanation: string) {
  const p = await libraryProblem(slug)
  return scoreExplanation({ explanation, rubric: p.rubric, statement: p.statement })
}

describe('a concept that names a number', () => {
  it('is not stated by a sentence that says its words without the number', async () => {
    const r = await score(
      'per-user-frequency-capping',
      'I keep a deque of served times per user and per (user, campaign), sorted stably by time, and serve an event only when both deques are under their caps; different campaigns may have different caps.',
    )
    const edges = r.criteria.find((c) => c.id === 'edge-cases')
    expect(edges?.covered).not.toContain('cap of 0')
  })

  it('is stated with the number in digits or in a word', async () => {
    for (const text of [
      'A cap of 0 serves nothing: the deque is never shorter than 0, so every event is suppressed.',
      'A cap of zero serves nothing, since no deque is ever shorter than zero, so every event is suppressed.',
    ]) {
      const r = await score('per-user-frequency-capping', text)
      const edges = r.criteria.find((c) => c.id === 'edge-cases')
      expect(edges?.covered, text).toContain('cap of 0')
    }
  })
})
