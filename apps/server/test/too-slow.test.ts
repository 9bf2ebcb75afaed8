// "Correct output, too slow": a quadratic solution that passes every smaller case and runs out of
// time on a large hidden case reads as such (status still timeout), a linear one passes, and the
// message names the case and the problem's complexity but none of the hidden inputs.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadProblem } from '@pairwise/problems'
import type { ProblemDefinition, RunResult } from '@pairwise/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { limitsForProblem } from '../src/problems/limits.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../src/runner/index.ts'
import { largeCasesLast, tooSlowVerdict } from '../src/runner/too-slow.ts'
import { createRunnerService } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from './helpers/test-app.ts'

warnIfNoSandbox('the too-slow verdict tests that run code are skipped')

const PROBLEMS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/too-slow')
const LARGE = 'large: 20,000 values'
const MESSAGE = `Correct on every smaller case, but too slow on “${LARGE}”: the problem asks for O(n).`

const QUADRATIC = `def count_pairs(values, target):
    pairs = 0
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                pairs += 1
    return pairs
`

/** The fixture's reference solution: one pass with a dictionary. */
let problem: ProblemDefinition

beforeAll(async () => {
  problem = await loadProblem(path.join(PROBLEMS, 'pair-count'))
})

/** Every hidden argument of the fixture, as text that must never reach the candidate. */
function hiddenInputs(): string[] {
  return problem.cases
    .filter((c) => !c.visible && 'args' in c)
    .flatMap((c) => ('args' in c ? c.args : []))
    .map((arg) => JSON.stringify(arg))
    .filter((text) => text.length > 3)
}

describe.skipIf(!hasSandbox)('the runner', () => {
  const runner = createSandboxRunner(resolveRunnerOptions())
  const submit = (code: string): Promise<RunResult> =>
    runner.run({
      language: 'python',
      code,
      functionName: 'count_pairs',
      cases: problem.cases,
      limits: limitsForProblem(problem, 'python'),
      requiredComplexity: problem.generator?.expectedComplexity,
    })

  it('says a quadratic solution is correct on every smaller case but too slow on the large one', async () => {
    const result = await submit(QUADRATIC)
    expect(result.status).toBe('timeout')
    expect(result.tooSlow).toEqual({ case: LARGE, complexity: 'O(n)' })
    expect(result.error).toBe(MESSAGE)
    // The small hidden case listed after the large one ran before it, and passed.
    expect(result.tests.map((t) => [t.name, t.passed])).toEqual([
      ['three pairs', true],
      ['repeated values', true],
      ['hidden negatives', true],
      [LARGE, false],
      ['hidden empty', true],
    ])
    const text = JSON.stringify(result)
    for (const input of hiddenInputs()) expect(text).not.toContain(input)
  })

  it('passes the linear reference solution on the same cases', async () => {
    const result = await submit(problem.solutions.python ?? '')
    expect(result.status).toBe('passed')
    expect(result.tooSlow).toBeUndefined()
  })

  it('keeps a bare timeout when a smaller case failed before the large one ran out of time', async () => {
    const wrongOnNegatives = QUADRATIC.replace(
      '    pairs = 0\n',
      '    pairs = 0\n    if target == 0:\n        return -1\n',
    )
    const result = await submit(wrongOnNegatives)
    expect(result.status).toBe('timeout')
    expect(result.tooSlow).toBeUndefined()
    expect(result.error).toBe('The hidden cases ran past the time limit.')
  })

  it('keeps a bare timeout when the time ran out on a case that is not large', async () => {
    const loopsOnEmpty = QUADRATIC.replace(
      '    pairs = 0\n',
      '    pairs = 0\n    while not values:\n        pass\n',
    )
    const result = await submit(loopsOnEmpty)
    expect(result.status).toBe('timeout')
    expect(result.tooSlow).toBeUndefined()
    expect(result.tests.find((t) => t.name === 'hidden empty')?.passed).toBe(false)
  })
})

describe('which timeouts read as too slow', () => {
  const small = { name: 'small', args: [], expected: 0, visible: false }
  const large = { ...small, name: 'large', large: true }
  const timedOut = (passed: boolean[]): RunResult => ({
    status: 'timeout',
    tests: passed.map((p, i) => ({ name: `case ${i}`, passed: p })),
    stdout: '',
    stderr: '',
    durationMs: 0,
  })

  it('runs large cases after every other, each group in its own order', () => {
    const a = { ...small, name: 'a' }
    const b = { ...large, name: 'b' }
    const c = { ...small, name: 'c' }
    const d = { ...large, name: 'd' }
    expect(largeCasesLast([b, a, d, c]).map((x) => x.name)).toEqual(['a', 'c', 'b', 'd'])
  })

  it('names no complexity where the problem states none', () => {
    const stop = { cases: [small, large], result: timedOut([true, false]), stoppedAt: 1 }
    expect(tooSlowVerdict(null, stop, undefined)).toEqual({ case: 'large' })
  })

  it('is a bare timeout when the visible cases did not all pass', () => {
    const stop = { cases: [small, large], result: timedOut([true, false]), stoppedAt: 1 }
    const visible = { ...timedOut([false]), status: 'failed' as const }
    expect(tooSlowVerdict(visible, stop, 'O(n)')).toBeNull()
  })
})

describe.skipIf(!hasSandbox).each(DIALECTS)('the runs API on $name', (dialect) => {
  let t: TestApp
  let cookie = ''
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { problemsDir: PROBLEMS, services })
    cookie = (await signUp(t, 'grace@example.com', 'Grace')).cookie
  })
  afterAll(async () => t.close())

  it('answers a quadratic submission with the too-slow verdict, and records it so', async () => {
    const session = await startSession(t, cookie, 'pair-count', 'python')
    const res = await t.app.request(
      `/api/sessions/${session.id}/runs`,
      jsonRequest('POST', { mode: 'submit', code: QUADRATIC, rev: session.rev + 1 }, cookie),
    )
    expect(res.status).toBe(200)
    const text = await res.text()
    const { run } = JSON.parse(text) as { run: RunResult & { id: string } }
    expect(run.status).toBe('timeout')
    expect(run.tooSlow).toEqual({ case: LARGE, complexity: 'O(n)' })
    expect(run.error).toBe(MESSAGE)
    for (const input of hiddenInputs()) expect(text).not.toContain(input)

    const latest = await t.app.request(
      `/api/sessions/${session.id}/runs/latest`,
      jsonRequest('GET', undefined, cookie),
    )
    expect(((await latest.json()) as { run: RunResult }).run.tooSlow?.case).toBe(LARGE)
    const transcript = await t.app.request(
      `/api/sessions/${session.id}/transcript`,
      jsonRequest('GET', undefined, cookie),
    )
    const { events } = (await transcript.json()) as {
      events: { type: string; data: { error?: string } }[]
    }
    expect(events.find((e) => e.type === 'submit')?.data.error).toBe(MESSAGE)
  })
})
