// The runs API: visible vs all cases, no hidden detail in answers, transcript entries, refusals.
import { replaySnapshots, type Snapshot } from '@pairwise/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRunnerService } from '../src/services.ts'
import { createLogger } from '../src/logger.ts'
import { testConfig } from '../src/config.ts'
import { hasSandbox, NDCG_PY_SOLUTION, warnIfNoSandbox } from './helpers/sandbox.ts'
import { DIALECTS } from './helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  type TestApp,
  startSession,
} from './helpers/test-app.ts'

warnIfNoSandbox('the runs API tests are skipped')

const NDCG_SOLUTION = NDCG_PY_SOLUTION

type Run = {
  id: string
  status: string
  tests: {
    name: string
    passed: boolean
    expected?: unknown
    actual?: unknown
    hidden?: boolean
    line?: number
    error?: string
  }[]
  stdout: string
  error?: string
}

describe.skipIf(!hasSandbox).each(DIALECTS)('runs on $name', (dialect) => {
  let t: TestApp
  let alice: string
  let bob: string
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    alice = (await signUp(t, 'alice@example.com', 'Alice')).cookie
    bob = (await signUp(t, 'bob@example.com', 'Bob')).cookie
  })
  afterAll(async () => t.close())

  const start = (cookie: string) => startSession(t, cookie)
  const run = async (id: string, body: unknown, cookie = alice) =>
    t.app.request(`/api/sessions/${id}/runs`, jsonRequest('POST', body, cookie))

  it('runs the visible cases of the starter code and reports the error per case', async () => {
    const s = await start(alice)
    const res = await run(s.id, { mode: 'run' })
    expect(res.status).toBe(200)
    const { run: r } = (await res.json()) as { run: Run }
    expect(r.status).toBe('error')
    expect(r.tests).toHaveLength(3)
    expect(r.tests.every((x) => !x.passed && /NotImplementedError/.test(x.error ?? ''))).toBe(true)
  })

  it('saves and runs code in one request; submit grades hidden cases without revealing them', async () => {
    const s = await start(alice)
    const ran = (await (await run(s.id, { mode: 'run', code: NDCG_SOLUTION, rev: 2 })).json()) as {
      run: Run
    }
    expect(ran.run.status).toBe('passed')
    expect(ran.run.tests.map((x) => x.passed)).toEqual([true, true, true])
    expect(ran.run.tests[0]).toHaveProperty('expected')

    const res = await run(s.id, { mode: 'submit' })
    const text = await res.text()
    const { run: sub } = JSON.parse(text) as { run: Run }
    expect(sub.status).toBe('passed')
    expect(sub.tests).toHaveLength(8)
    const hidden = sub.tests.filter((x) => x.hidden)
    expect(hidden).toHaveLength(5)
    for (const h of hidden) expect(Object.keys(h).sort()).toEqual(['hidden', 'name', 'passed'])
    // The 2,000-item hidden case's input never appears.
    expect(text).not.toContain('3, 3, 3, 1, 1, 3')
    expect(text).not.toContain('0.447163668144')

    const transcript = (await (
      await t.app.request(`/api/sessions/${s.id}/transcript`, jsonRequest('GET', undefined, alice))
    ).json()) as {
      events: { type: string; data: { status?: string; passed?: number; total?: number } }[]
    }
    expect(transcript.events.map((e) => e.type)).toEqual([
      'session_started',
      'snapshot',
      'run',
      'submit',
    ])
    // Replaying the start and the snapshots gives back the code that ran.
    const [started, ...rest] = transcript.events as {
      type: string
      data: Record<string, unknown>
    }[]
    const codes = replaySnapshots([
      { kind: 'full', code: String(started?.data.code) },
      ...rest.filter((e) => e.type === 'snapshot').map((e) => e.data as unknown as Snapshot),
    ])
    expect(codes.at(-1)).toBe(NDCG_SOLUTION)
    expect(transcript.events[3]?.data).toMatchObject({ status: 'passed', passed: 8, total: 8 })
  })

  it("reports a syntax error as the candidate's error with its line, not a 500", async () => {
    const s = await start(alice)
    const res = await run(s.id, {
      mode: 'run',
      code: 'def ndcg_at_k(relevances, k)\n    return 0\n',
      rev: 2,
    })
    expect(res.status).toBe(200)
    const { run: r } = (await res.json()) as { run: Run & { tests: { line?: number }[] } }
    expect(r.status).toBe('error')
    expect(JSON.stringify(r)).toMatch(/SyntaxError|invalid syntax|expected ':'/)
  })

  it('refuses code of several megabytes with 413, and a stale rev with 409', async () => {
    const s = await start(alice)
    const big = await run(s.id, { mode: 'run', code: 'x = 1\n'.repeat(600_000), rev: 2 })
    expect(big.status).toBe(413)
    const ok = await run(s.id, { mode: 'run', code: NDCG_SOLUTION, rev: 5 })
    expect(ok.status).toBe(200)
    const stale = await run(s.id, { mode: 'run', code: 'print(1)', rev: 3 })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({ error: { code: 'stale_rev', currentRev: 5 } })
  })

  it('gives back the last run after a reload, with the inputs of visible cases only', async () => {
    const s = await start(alice)
    const latest = (cookie = alice) =>
      t.app.request(`/api/sessions/${s.id}/runs/latest`, jsonRequest('GET', undefined, cookie))
    expect(await (await latest()).json()).toEqual({ run: null })
    await run(s.id, { mode: 'run' })
    const first = (await (await latest()).json()) as { run: Run & { tests: { args?: unknown }[] } }
    expect(first.run.status).toBe('error')
    expect(first.run.tests.every((x) => Array.isArray((x as { args?: unknown }).args))).toBe(true)
    await run(s.id, { mode: 'submit', code: NDCG_SOLUTION, rev: 2 })
    const res = await latest()
    const text = await res.text()
    const { run: last } = JSON.parse(text) as { run: Run & { mode: string } }
    expect(last.mode).toBe('submit')
    expect(last.status).toBe('passed')
    for (const h of last.tests.filter((x) => x.hidden))
      expect(Object.keys(h).sort()).toEqual(['hidden', 'name', 'passed'])
    expect(text).not.toContain('3, 3, 3, 1, 1, 3')
    // Only the owner (or a reviewer) reads it.
    expect((await latest(bob)).status).toBe(404)
  })

  it('runs the code on custom arguments and shows what it returned, printed or raised', async () => {
    const s = await start(alice)
    const custom = (body: unknown, cookie = alice) =>
      t.app.request(`/api/sessions/${s.id}/runs/custom`, jsonRequest('POST', body, cookie))
    const ok = await custom({
      args: [[3, 2, 0], 2],
      code: `${NDCG_SOLUTION}\nprint("hello from custom")\n`,
      rev: 2,
    })
    expect(ok.status).toBe(200)
    const { run: r } = (await ok.json()) as {
      run: { status: string; actual?: unknown; stdout: string; args: unknown[] }
    }
    expect(r.status).toBe('ok')
    expect(r.actual).toBe(1)
    expect(r.args).toEqual([[3, 2, 0], 2])
    expect(r.stdout).toContain('hello from custom')

    const bad = await custom({ args: ['not a list', 2] })
    const { run: failed } = (await bad.json()) as { run: { status: string; error?: string } }
    expect(failed.status).toBe('error')
    expect(failed.error).toMatch(/Error/)

    const events = (await (
      await t.app.request(`/api/sessions/${s.id}/transcript`, jsonRequest('GET', undefined, alice))
    ).json()) as { events: { type: string }[] }
    expect(events.events.filter((e) => e.type === 'custom_run')).toHaveLength(2)

    expect((await custom({ args: [[1], 1] }, bob)).status).toBe(404)
    expect((await custom({ args: 'x' })).status).toBe(400)
    expect((await custom({ args: ['x'.repeat(70_000)] })).status).toBe(400)
    const malformed = await t.app.request(`/api/sessions/${s.id}/runs/custom`, {
      ...jsonRequest('POST', {}, alice),
      body: '{"args": [1,',
    })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ error: { code: expect.any(String) } })
  })

  it('marks problems solved (a passing submission) or attempted, for the signed-in user only', async () => {
    const progress = async (cookie?: string) =>
      t.app.request('/api/problems/progress', jsonRequest('GET', undefined, cookie))
    expect(await (await progress(alice)).json()).toEqual({ progress: { 'ndcg-at-k': 'solved' } })
    expect(await (await progress(bob)).json()).toEqual({ progress: {} })
    await start(bob)
    expect(await (await progress(bob)).json()).toEqual({
      progress: { 'ndcg-at-k': 'attempted' },
    })
    expect((await progress()).status).toBe(401)
  })

  it("answers 404 for another user's session and 400 for a bad mode", async () => {
    const s = await start(alice)
    expect((await run(s.id, { mode: 'run' }, bob)).status).toBe(404)
    expect((await run(s.id, { mode: 'everything' })).status).toBe(400)
    expect((await run(s.id, { mode: 'run', code: 'x' })).status).toBe(400)
  })
})

describe.each(DIALECTS)('runs without a runner on $name', (dialect) => {
  it('refuses runs with a clear 503 when no runner may be used', async () => {
    const t = await createTestApp(dialect, {
      services: { runnerUnavailable: 'bwrap is not installed' },
    })
    try {
      const { cookie } = await signUp(t, 'solo@example.com')
      const s = await startSession(t, cookie, 'ndcg-at-k', 'python')
      const res = await t.app.request(
        `/api/sessions/${s.id}/runs`,
        jsonRequest('POST', { mode: 'run' }, cookie),
      )
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({
        error: {
          code: 'runner_unavailable',
          message: expect.stringContaining('bwrap is not installed'),
        },
      })
    } finally {
      await t.close()
    }
  })

  it('serves the local runner to one account only, unless the operator opts in', async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'local' }),
      createLogger('silent'),
    )
    const t = await createTestApp(dialect, { services })
    try {
      const { cookie } = await signUp(t, 'solo@example.com')
      const start = async (c: string) => await startSession(t, c, 'ndcg-at-k', 'python')
      const s = await start(cookie)
      const first = await t.app.request(
        `/api/sessions/${s.id}/runs`,
        jsonRequest('POST', { mode: 'run' }, cookie),
      )
      expect(first.status).toBe(200)
      await signUp(t, 'second@example.com')
      const second = await t.app.request(
        `/api/sessions/${s.id}/runs`,
        jsonRequest('POST', { mode: 'run' }, cookie),
      )
      expect(second.status).toBe(503)
      expect(((await second.json()) as { error: { code: string } }).error.code).toBe(
        'runner_single_user',
      )
    } finally {
      await t.close()
    }
  })
})
