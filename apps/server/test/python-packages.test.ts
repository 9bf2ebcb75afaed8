// A problem's `requires` against what the sandbox's Python imports: the catalog and the problem's
// page flag a missing library, a run of it answers 503 package_unavailable, and the boot probe
// asks the sandboxed Python itself.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PYTHON_PACKAGES, type PythonPackage } from '@pairwise/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import {
  knownPythonPackages,
  probedPythonPackages,
  probePythonPackages,
  type ProbeAnswer,
} from '../src/problems/python-packages.ts'
import { createRunnerService } from '../src/services.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../src/runner/index.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from './helpers/test-app.ts'

warnIfNoSandbox('the package-availability tests that run code are skipped')

const PROBLEMS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/python-libraries',
)

type Summary = { slug: string; requires?: string[]; missingPackages?: string[] }

describe.skipIf(!hasSandbox).each(DIALECTS)('required Python libraries on $name', (dialect) => {
  let t: TestApp
  let cookie = ''
  beforeAll(async () => {
    const runner = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    // The probe's answer, injected: this machine's Python lacks PyTorch.
    const pythonPackages = knownPythonPackages(PYTHON_PACKAGES.filter((name) => name !== 'torch'))
    t = await createTestApp(dialect, {
      problemsDir: PROBLEMS,
      services: { ...runner, pythonPackages },
    })
    cookie = (await signUp(t, 'ada@example.com', 'Ada')).cookie
  })
  afterAll(async () => t.close())

  it('flags the problem in the catalog, naming the missing library, and only that one', async () => {
    const res = await t.app.request('/api/problems')
    const { problems } = (await res.json()) as { problems: Summary[] }
    const bySlug = new Map(problems.map((p) => [p.slug, p]))
    expect(bySlug.get('tensor-softmax')).toMatchObject({
      requires: ['torch'],
      missingPackages: ['torch'],
    })
    expect(bySlug.get('column-mean')).toMatchObject({ requires: ['numpy'], missingPackages: [] })
  })

  it("flags it on the problem's page", async () => {
    const res = await t.app.request('/api/problems/tensor-softmax')
    const { problem } = (await res.json()) as { problem: Summary }
    expect(problem.missingPackages).toEqual(['torch'])
  })

  it('answers a run, a submission and a custom run with 503 package_unavailable, recording nothing', async () => {
    const session = await startSession(t, cookie, 'tensor-softmax', 'python')
    const base = `/api/sessions/${session.id}`
    for (const [url, body] of [
      [`${base}/runs`, { mode: 'run' }],
      [`${base}/runs`, { mode: 'submit' }],
      [`${base}/runs/custom`, { args: [[[0, 0]]] }],
    ] as const) {
      const res = await t.app.request(url, jsonRequest('POST', body, cookie))
      expect(res.status, url).toBe(503)
      const { error } = (await res.json()) as { error: { code: string; message: string } }
      expect(error.code).toBe('package_unavailable')
      expect(error.message).toMatch(/needs PyTorch, which is not installed/)
      expect(error.message).toMatch(/python3-torch/)
    }
    const runs = await t.deps.db
      .selectFrom('runs')
      .select('id')
      .where('session_id', '=', session.id)
      .execute()
    expect(runs).toEqual([])
    const transcript = await t.app.request(
      `${base}/transcript`,
      jsonRequest('GET', undefined, cookie),
    )
    const { events } = (await transcript.json()) as { events: { type: string }[] }
    expect(events.map((e) => e.type)).not.toContain('run')
  })

  it('runs a problem whose libraries are all here, in the sandbox', async () => {
    const session = await startSession(t, cookie, 'column-mean', 'python')
    const code = 'import numpy as np\n\ndef column_means(rows):\n    return np.mean(rows, axis=0)\n'
    const res = await t.app.request(
      `/api/sessions/${session.id}/runs`,
      jsonRequest('POST', { mode: 'submit', code, rev: session.rev + 1 }, cookie),
    )
    expect(res.status).toBe(200)
    const { run } = (await res.json()) as { run: { status: string } }
    expect(run.status).toBe('passed')
  })
})

describe('the boot probe', () => {
  const answer = (missing: PythonPackage[]): ProbeAnswer =>
    Object.fromEntries(
      PYTHON_PACKAGES.map((name) => [name, missing.includes(name) ? 'ImportError: no' : true]),
    ) as ProbeAnswer

  it('counts nothing as missing before it answers; runs wait for its answer', async () => {
    let settle: (a: ProbeAnswer) => void = () => undefined
    const packages = probedPythonPackages(
      () => new Promise<ProbeAnswer>((resolve) => (settle = resolve)),
      createLogger('silent'),
    )
    expect(packages.missingNow(['torch'])).toEqual([])
    const waiting = packages.missing(['torch', 'numpy'])
    settle(answer(['torch']))
    expect(await waiting).toEqual(['torch'])
    expect(packages.missingNow(['pandas', 'torch'])).toEqual(['torch'])
  })

  it('is asked once, however many runs need its answer', async () => {
    let asked = 0
    const packages = probedPythonPackages(async () => {
      asked++
      return answer(['sklearn'])
    }, createLogger('silent'))
    await Promise.all([packages.missing(['sklearn']), packages.missing(['torch'])])
    expect(await packages.missing(['sklearn', 'scipy'])).toEqual(['sklearn'])
    expect(asked).toBe(1)
  })

  it('counts nothing as missing when it fails, rather than refusing every run', async () => {
    const packages = probedPythonPackages(
      () => Promise.reject(new Error('the queue is down')),
      createLogger('silent'),
    )
    expect(await packages.missing(['torch'])).toEqual([])
    expect(packages.missingNow(['torch'])).toEqual([])
  })

  it.skipIf(!hasSandbox)(
    'asks the sandboxed Python itself, which imports what the host Python imports',
    async () => {
      const { spawnSync } = await import('node:child_process')
      const probed = await probePythonPackages(createSandboxRunner(resolveRunnerOptions()))
      for (const name of PYTHON_PACKAGES) {
        const onHost =
          spawnSync('/usr/bin/python3', ['-c', `import ${name}`], { stdio: 'ignore' }).status === 0
        expect(probed[name] === true, `${name}: ${String(probed[name])}`).toBe(onHost)
      }
    },
  )
})
