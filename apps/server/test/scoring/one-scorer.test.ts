// Sessions and `pairwise scoring eval` share one scorer: the same text scores the same through both.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { scoringEval } from '../../src/cli/scoring-eval.ts'
import { DIALECTS } from '../helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  startSession,
  userWithRole,
  type TestApp,
} from '../helpers/test-app.ts'

const EXPLANATIONS = [
  'I sum (2^rel - 1) / log2(i + 1) over the first k labels and divide by the DCG of the labels sorted in descending order, the ideal ordering. If that ideal DCG is zero I return 0. Sorting costs O(n log n).',
  // Wrong on purpose: the report must carry the same contradictions either way.
  'I divide by the DCG of the labels sorted in ascending order, the worst possible ordering. Sorting costs O(n^2).',
]

interface Report {
  explanationScore: number
  criteria: { id: string; score: number; contradictions?: unknown[] }[]
}

describe('one scorer for sessions and the evaluation CLI', () => {
  let t: TestApp
  let cookie: string
  const dir = mkdtempSync(path.join(tmpdir(), 'pairwise-one-scorer-'))
  const dialect = DIALECTS[0]
  if (!dialect) throw new Error('no dialect')
  beforeAll(async () => {
    t = await createTestApp(dialect, { services: { runnerUnavailable: 'not needed here' } })
    cookie = (await userWithRole(t, 'one@example.com', 'candidate')).cookie
  })
  afterAll(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(EXPLANATIONS.map((text, i) => [i, text] as const))(
    'explanation %i scores the same through the API and through `scoring eval`',
    async (i, text) => {
      const session = await startSession(t, cookie, 'ndcg-at-k')
      const saved = await t.app.request(
        `/api/sessions/${session.id}/explanation`,
        jsonRequest('PUT', { text }, cookie),
      )
      expect(saved.status).toBeLessThan(300)
      const scored = await t.app.request(
        `/api/sessions/${session.id}/score`,
        jsonRequest('POST', undefined, cookie),
      )
      expect(scored.status).toBe(200)
      const report = ((await scored.json()) as { score: Report }).score

      const file = path.join(dir, `rows-${i}.jsonl`)
      const out = path.join(dir, `predictions-${i}.jsonl`)
      const row = { id: `row-${i}`, slug: 'ndcg-at-k', question: '', reference: '-', answer: text }
      writeFileSync(file, `${JSON.stringify({ ...row, score: 50, max_score: 100 })}\n`)
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
      const code = await scoringEval([file, '--json', '--predictions', out])
      write.mockRestore()
      expect(code).toBe(0)
      const predicted = JSON.parse(readFileSync(out, 'utf8').trim()) as {
        predicted: number
        criteria: { id: string; score: number }[]
      }
      expect(predicted.predicted / 100).toBeCloseTo(report.explanationScore, 10)
      expect(predicted.criteria).toEqual(
        report.criteria.map((c) => ({ id: c.id, score: c.score, max: expect.any(Number) })),
      )
      if (i === 1) {
        expect(report.criteria.some((c) => (c.contradictions ?? []).length > 0)).toBe(true)
      }
    },
    180_000,
  )
})
