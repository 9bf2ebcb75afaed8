// Java and C++ where their toolchain is missing: the catalog and the problem's page say so, a run
// answers 503 toolchain_unavailable, and the boot probe asks the runner itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import {
  knownCompiledLanguages,
  probeCompiledLanguages,
  probedCompiledLanguages,
  type LanguageProbeAnswer,
} from '../src/problems/compiled-languages.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../src/runner/index.ts'
import { createRunnerService } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'
import { hasCpp } from './runner/helpers/environment.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from './helpers/test-app.ts'

warnIfNoSandbox('the compiled-language tests that run code are skipped')

type Summary = { slug: string; languages: string[]; unavailableLanguages?: string[] }

describe.skipIf(!hasSandbox || !hasCpp).each(DIALECTS)(
  'Java missing, C++ here, on $name',
  (dialect) => {
    let t: TestApp
    let cookie = ''
    beforeAll(async () => {
      const runner = await createRunnerService(
        testConfig({ runner: 'sandbox' }),
        createLogger('silent'),
      )
      // The probe's answer, injected: this server has no javac.
      const compiledLanguages = knownCompiledLanguages({ java: 'it lacks javac (/usr/bin/javac)' })
      t = await createTestApp(dialect, { services: { ...runner, compiledLanguages } })
      cookie = (await signUp(t, 'ada@example.com', 'Ada')).cookie
    })
    afterAll(async () => t.close())

    it('flags Java, and only Java, in the catalog and on the page', async () => {
      const res = await t.app.request('/api/problems')
      const { problems } = (await res.json()) as { problems: Summary[] }
      const ndcg = problems.find((p) => p.slug === 'ndcg-at-k')
      expect(ndcg?.languages).toEqual(expect.arrayContaining(['java', 'cpp']))
      expect(ndcg?.unavailableLanguages).toEqual(['java'])
      const page = await t.app.request('/api/problems/ndcg-at-k')
      expect(((await page.json()) as { problem: Summary }).problem.unavailableLanguages).toEqual([
        'java',
      ])
    })

    it('answers a Java run, submission and custom run with 503, recording nothing', async () => {
      const session = await startSession(t, cookie, 'ndcg-at-k', 'java')
      const base = `/api/sessions/${session.id}`
      for (const [url, body] of [
        [`${base}/runs`, { mode: 'run' }],
        [`${base}/runs`, { mode: 'submit' }],
        [`${base}/runs/custom`, { args: [[1, 0], 2] }],
      ] as const) {
        const res = await t.app.request(url, jsonRequest('POST', body, cookie))
        expect(res.status, url).toBe(503)
        const { error } = (await res.json()) as { error: { code: string; message: string } }
        expect(error.code).toBe('toolchain_unavailable')
        expect(error.message).toMatch(/^Java is unavailable on this server \(it lacks javac/)
        expect(error.message).toMatch(/openjdk-17-jdk-headless/)
      }
      const runs = await t.deps.db
        .selectFrom('runs')
        .select('id')
        .where('session_id', '=', session.id)
        .execute()
      expect(runs).toEqual([])
    })

    it('runs C++ through the API: a compile error is its own status, with its line', async () => {
      const session = await startSession(t, cookie, 'ndcg-at-k', 'cpp')
      const code =
        'double ndcg_at_k(const std::vector<int>& relevances, int k) {\n  return relevances.size() +;\n}\n'
      const res = await t.app.request(
        `/api/sessions/${session.id}/runs`,
        jsonRequest('POST', { mode: 'run', code, rev: session.rev + 1 }, cookie),
      )
      expect(res.status).toBe(200)
      const { run } = (await res.json()) as {
        run: { status: string; line?: number; error?: string }
      }
      expect(run.status).toBe('compile_error')
      expect(run.line).toBe(2)
      expect(run.error).toMatch(/^solution\.cpp: In function/)
    })
  },
)

describe('the boot probe', () => {
  it('counts nothing as unavailable before it answers; runs wait for its answer', async () => {
    let settle: (a: LanguageProbeAnswer) => void = () => undefined
    const languages = probedCompiledLanguages(
      () => new Promise<LanguageProbeAnswer>((resolve) => (settle = resolve)),
      createLogger('silent'),
    )
    expect(languages.unavailableNow(['python', 'java', 'cpp'])).toEqual([])
    const waiting = languages.unavailable('cpp')
    settle({ java: true, cpp: 'it lacks g++ (/usr/bin/g++)' })
    expect(await waiting).toBe('it lacks g++ (/usr/bin/g++)')
    expect(await languages.unavailable('python')).toBeNull()
    expect(languages.unavailableNow(['python', 'java', 'cpp'])).toEqual(['cpp'])
  })

  it('counts both as available when it fails, rather than refusing every run', async () => {
    const languages = probedCompiledLanguages(
      () => Promise.reject(new Error('the queue is down')),
      createLogger('silent'),
    )
    expect(await languages.unavailable('java')).toBeNull()
    expect(languages.unavailableNow(['java', 'cpp'])).toEqual([])
  })

  it.skipIf(!hasSandbox || !hasCpp)(
    'asks the runner, which names what is missing: here a javac that is not installed',
    async () => {
      const runner = createSandboxRunner(
        resolveRunnerOptions({ toolchains: { javac: '/usr/bin/no-such-javac' } }),
      )
      const answer = await probeCompiledLanguages(runner)
      expect(answer.cpp).toBe(true)
      expect(answer.java).toBe(
        'Java is not available on this server: it lacks javac (/usr/bin/no-such-javac).',
      )
    },
    // The probe's C++ harness is built on first use: nlohmann/json takes a while to compile.
    120_000,
  )
})
