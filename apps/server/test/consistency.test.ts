// Consistency in the score report: the explanation's complexity claim against measured growth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { createRunnerService } from '../src/services.ts'
import { hasSandbox, NDCG_PY_SOLUTION, warnIfNoSandbox } from './helpers/sandbox.ts'
import { DIALECTS } from './helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  userWithRole,
  type TestApp,
  startSession,
} from './helpers/test-app.ts'

warnIfNoSandbox('the consistency tests are skipped')

const SOLUTION = NDCG_PY_SOLUTION

type Report = {
  consistency: {
    score: number
    max: number
    complexity?: { claimedExponent: number; measuredExponent: number; consistent: boolean }
    note?: string
  }
  flags: { code: string; message: string }[]
}

describe.skipIf(!hasSandbox)('complexity consistency', () => {
  let t: TestApp
  let cookie: string
  const dialect = DIALECTS[0]
  if (!dialect) throw new Error('no dialect')
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    cookie = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
  })
  afterAll(async () => t.close())

  const score = async (explanation: string) => {
    const s = await startSession(t, cookie, 'ndcg-at-k', 'python')
    await t.app.request(
      `/api/sessions/${s.id}/code`,
      jsonRequest('PUT', { code: SOLUTION, rev: 2 }, cookie),
    )
    await t.app.request(
      `/api/sessions/${s.id}/explanation`,
      jsonRequest('PUT', { text: explanation }, cookie),
    )
    const res = await t.app.request(
      `/api/sessions/${s.id}/score`,
      jsonRequest('POST', undefined, cookie),
    )
    expect(res.status).toBe(200)
    return ((await res.json()) as { score: Report }).score
  }

  it('agrees with a true claim', async () => {
    const r = await score(
      'I sort the labels for the ideal DCG, so the whole thing runs in O(n log n) time.',
    )
    expect(r.consistency.max).toBe(1)
    expect(r.consistency.score).toBe(1)
    expect(r.consistency.complexity?.consistent).toBe(true)
    expect(r.consistency.complexity?.measuredExponent).toBeGreaterThan(0.7)
    expect(r.consistency.complexity?.measuredExponent).toBeLessThan(1.5)
  }, 60_000)

  it('flags a false claim with both numbers', async () => {
    const r = await score(
      'My solution compares every pair of items, so it takes O(n^2) time overall.',
    )
    expect(r.consistency.score).toBe(0)
    const flag = r.flags.find((f) => f.code === 'complexity-mismatch')
    expect(flag?.message).toMatch(/n\^2\.00/)
    expect(flag?.message).toMatch(/measured n\^[01]\.\d\d/)
  }, 60_000)

  it('does not assess an explanation without a claim', async () => {
    const r = await score('I compute DCG over the first k labels and divide by the ideal DCG.')
    expect(r.consistency.max).toBe(0)
    expect(r.consistency.note).toMatch(/no time complexity/)
  }, 60_000)
})
