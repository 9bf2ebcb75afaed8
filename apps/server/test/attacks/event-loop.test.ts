// Hostile inputs replayed through the HTTP API: each gets a clear error or its correct result,
// and /api/health keeps answering while it runs (the work happens in the worker pool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../../src/config.ts'
import { createLogger } from '../../src/logger.ts'
import { createRunnerService } from '../../src/services.ts'
import { closeWorkerPool } from '../../src/workers/pool.ts'
import {
  forFor,
  manyComplexityClaims,
  manyIdentifiers,
  nestedGenericArrows,
  unclosedBackslashes,
} from '../fixtures/attacks.ts'
import { DIALECTS } from '../helpers/dialects.ts'
import { HEALTH_BOUND_MS, whileProbingHealth } from '../helpers/health-probe.ts'
import { hasSandbox } from '../helpers/sandbox.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
  userWithRole,
} from '../helpers/test-app.ts'

afterAll(() => closeWorkerPool())

describe.each(DIALECTS)('attacks on the event loop ($name)', (dialect) => {
  let t: TestApp
  let cookie: string
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: hasSandbox ? 'sandbox' : 'local' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    cookie = (await signUp(t, 'mallory@example.com', 'Mallory')).cookie
  })
  afterAll(async () => t.close())

  async function sessionWithCode(
    language: 'python' | 'typescript',
    code: string,
    explanation?: string,
  ) {
    const s = await startSession(t, cookie, 'ndcg-at-k', language)
    const saved = await t.app.request(
      `/api/sessions/${s.id}/code`,
      jsonRequest('PUT', { code, rev: s.rev + 1 }, cookie),
    )
    expect(saved.status).toBe(200)
    if (explanation !== undefined) {
      const said = await t.app.request(
        `/api/sessions/${s.id}/explanation`,
        jsonRequest('PUT', { text: explanation }, cookie),
      )
      expect(said.status).toBe(200)
    }
    return s.id
  }

  const EXPLAINED =
    'I sort the relevances to get the ideal DCG, then divide the DCG by it; this is O(n log n).'

  /** Scores the session while probing health; returns the report or the error. */
  async function scoreUnderProbe(id: string) {
    const probed = await whileProbingHealth(t, async () => {
      const res = await t.app.request(`/api/sessions/${id}/score`, jsonRequest('POST', {}, cookie))
      return {
        status: res.status,
        body: (await res.json()) as {
          score?: {
            total: number
            flags?: { code: string }[]
            explanationScore?: number
            communication?: unknown
            consistency: { complexity?: { claimed: string | null } }
          }
          error?: { code: string; message: string }
        },
      }
    })
    expectHealthy(probed.health, probed.statuses)
    return probed
  }

  function expectHealthy(health: number[], statuses: number[]) {
    expect(health.length).toBeGreaterThan(0)
    expect(statuses.every((s) => s === 200)).toBe(true)
    expect(Math.max(...health)).toBeLessThan(HEALTH_BOUND_MS)
  }

  it('a TypeScript run of exponentially nested generics is stopped with 422, health answering', async () => {
    const code = nestedGenericArrows(23)
    const id = await sessionWithCode('typescript', code)
    const { result, health, statuses } = await whileProbingHealth(t, async () =>
      t.app.request(`/api/sessions/${id}/runs`, jsonRequest('POST', { mode: 'run' }, cookie)),
    )
    expect(result.status).toBe(422)
    const body = (await result.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('input_too_complex')
    expect(body.error.message).toMatch(/^Compiling the TypeScript took longer than 5 s/)
    // The parse takes seconds of the worker's time, so health was asked many times meanwhile.
    expect(health.length).toBeGreaterThan(5)
    expectHealthy(health, statuses)
    // Nothing lost: the code is still saved, and the pool serves the next run.
    const session = await t.app.request(
      `/api/sessions/${id}`,
      jsonRequest('GET', undefined, cookie),
    )
    expect(((await session.json()) as { session: { code: string } }).session.code).toBe(code)
  }, 180_000)

  it('reads a 50,000-character job posting in the worker pool, health answering', async () => {
    const instructor = await userWithRole(t, 'ivy@example.com', 'instructor')
    // Many sentences that each name areas: the most work per character the analysis has.
    const text = 'We build search ranking with learning to rank and A/B tests on CTR. '
      .repeat(800)
      .slice(0, 50_000)
    const { result, health, statuses } = await whileProbingHealth(t, async () => {
      const res = await t.app.request(
        '/api/postings',
        jsonRequest('POST', { text, title: 'Search ranking MLE' }, instructor.cookie),
      )
      return { status: res.status, body: (await res.json()) as { posting?: { id: string } } }
    })
    expect(result.status).toBe(201)
    expect(result.body.posting?.id).toBeTruthy()
    expectHealthy(health, statuses)
  }, 180_000)

  it("the offline coach reads 190 KB of 'for for …' in linear time, health answering", async () => {
    const id = await sessionWithCode('python', forFor())
    const { result, health, statuses } = await whileProbingHealth(t, async () => {
      const res = await t.app.request(
        `/api/sessions/${id}/assistant`,
        jsonRequest('POST', { message: 'Can you review my code?' }, cookie),
      )
      return { status: res.status, body: await res.text() }
    })
    expect(result.status).toBe(200)
    expect(result.body).toContain('event: done')
    expect(result.body).toContain('"complete":true')
    expect(result.body).not.toContain('event: error')
    expectHealthy(health, statuses)
  }, 180_000)

  it('scoring exponentially nested generics answers 422 input_too_complex, health answering', async () => {
    const id = await sessionWithCode('typescript', nestedGenericArrows(23), EXPLAINED)
    const { result } = await scoreUnderProbe(id)
    expect(result.status).toBe(422)
    expect(result.body.error?.code).toBe('input_too_complex')
    expect(result.body.error?.message).toMatch(/^Compiling the TypeScript/)
  }, 180_000)

  it('scores code with an unclosed string of 48 backslashes, health answering', async () => {
    const id = await sessionWithCode('python', unclosedBackslashes(48), EXPLAINED)
    const { result } = await scoreUnderProbe(id)
    expect(result.status).toBe(200)
    expect(result.body.score?.total).toBeGreaterThanOrEqual(0)
  }, 180_000)

  it('scores 12,000 identifiers against 2,000 sentences, health answering', async () => {
    const { code, explanation } = manyIdentifiers()
    const id = await sessionWithCode('python', code, explanation)
    const { result } = await scoreUnderProbe(id)
    expect(result.status).toBe(200)
    expect(result.body.score?.total).toBeGreaterThanOrEqual(0)
  }, 180_000)

  it("reads the claim of 'O(n). ' × 3,300, health answering", async () => {
    const id = await sessionWithCode('python', '', manyComplexityClaims())
    const { result } = await scoreUnderProbe(id)
    expect(result.status).toBe(200)
    // 3,300 repeats of one sentence count twice at most: the rest is flagged as padding.
    expect(result.body.score?.flags?.map((f) => f.code)).toContain('repeated-sentences')
    expect(result.body.score?.explanationScore ?? 1).toBeLessThan(0.2)
  }, 180_000)
})
