// Candidate code through both runners: verdicts, returned values, errors with lines, time limits.
import { describeDifference, type Language, type RunResult, type TestCase } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import {
  createLocalRunner,
  createSandboxRunner,
  resolveRunnerOptions,
  type RunLimits,
  type Runner,
} from '../../src/runner/index.ts'
import { hasBwrap, hasPython, warnIfMissing } from './helpers/environment.ts'
import { fixture, functionCase, ndcgCases } from './helpers/fixtures.ts'

warnIfMissing('runner functional', { bwrap: true, python: true })

const RUNNERS = [
  { kind: 'sandbox', available: hasBwrap && hasPython, create: createSandboxRunner },
  { kind: 'local', available: hasPython, create: createLocalRunner },
]

/** The interpreted languages; Java and C++ have tests of their own (compiled.test.ts). */
type Interpreted = Extract<Language, 'python' | 'typescript'>

const FUNCTION_NAMES: Record<Interpreted, string> = { python: 'ndcg_at_k', typescript: 'ndcgAtK' }

function testNamed(result: RunResult, name: string) {
  const test = result.tests.find((candidate) => candidate.name === name)
  expect(test, `a result for "${name}"`).toBeDefined()
  return test!
}

describe.each(RUNNERS)('$kind runner', ({ available, create }) => {
  const runner: Runner | undefined = available ? create(resolveRunnerOptions()) : undefined
  const run = (
    language: Interpreted,
    code: string,
    cases: TestCase[] = ndcgCases,
    limits?: Partial<RunLimits>,
  ) =>
    runner!.run({
      language,
      code,
      functionName: FUNCTION_NAMES[language],
      cases,
      ...(limits ? { limits } : {}),
    })

  describe.skipIf(!available)('grading', () => {
    it('passes a correct Python solution, with its own script case only', async () => {
      const result = await run('python', fixture('ndcg/solution.py'))
      expect(result.status).toBe('passed')
      expect(result.tests.map((test) => test.name)).not.toContain('typescript script')
      expect(result.tests).toHaveLength(5)
      expect(result.tests.every((test) => test.passed)).toBe(true)
      expect(testNamed(result, 'nothing relevant').hidden).toBe(true)
    })

    it('passes a correct TypeScript solution, types stripped', async () => {
      const result = await run('typescript', fixture('ndcg/solution.ts.txt'))
      expect(result.status).toBe('passed')
      expect(result.tests.map((test) => test.name)).toContain('typescript script')
      expect(result.tests.every((test) => test.passed)).toBe(true)
    })

    it('fails wrong code and shows what was expected and what came back', async () => {
      const cases = ndcgCases.filter((testCase) => !('script' in testCase))
      const result = await run('python', fixture('ndcg/wrong.py'), cases)
      expect(result.status).toBe('failed')
      const example = testNamed(result, 'example from the statement')
      expect(example.passed).toBe(false)
      expect(example.expected).toBe(0.948810748568)
      expect(example.actual).toBeTypeOf('number')
      expect(example.actual).not.toBeCloseTo(0.948810748568, 3)
      expect(testNamed(result, 'perfect order').passed).toBe(true)
    })

    it("points a Python exception at the candidate's line and keeps running other cases", async () => {
      const cases = [...ndcgCases, functionCase('empty list', [[], 5], 0)]
      const result = await run('python', fixture('ndcg/raises.py'), cases)
      expect(result.status).toBe('error')
      const broken = testNamed(result, 'example from the statement')
      expect(broken.line).toBe(3)
      expect(broken.error).toContain('ZeroDivisionError')
      expect(broken.error).toContain('File "solution.py", line 10, in ndcg_at_k')
      expect(broken.error).not.toMatch(/harness|\/job\/|importlib/)
      expect(testNamed(result, 'empty list').passed).toBe(true)
      expect(result.stdout).toContain('scoring [3, 2, 3, 0, 1, 2]')
    })

    it('reports a Python syntax error with its line instead of throwing', async () => {
      const result = await run('python', fixture('ndcg/syntax-error.py'))
      expect(result.status).toBe('error')
      expect(result.error).toContain('SyntaxError')
      expect(result.error).toContain('solution.py')
      const visible = result.tests.filter((test) => !test.hidden)
      expect(visible.every((test) => !test.passed && test.line === 4)).toBe(true)
      // The hidden cases failed in a process of their own, which reports verdicts only.
      const hidden = result.tests.filter((test) => test.hidden)
      expect(hidden.length).toBeGreaterThan(0)
      expect(hidden.every((test) => !test.passed && test.error === undefined)).toBe(true)
    })

    it("points a TypeScript exception at the candidate's TypeScript line", async () => {
      const cases = [functionCase('nothing relevant', [[0, 0, 0], 3], 0)]
      const result = await run('typescript', fixture('ndcg/raises.ts.txt'), cases)
      expect(result.status).toBe('error')
      const [test] = result.tests
      expect(test?.line).toBe(11)
      expect(test?.error).toContain('RangeError: no relevant item among 3')
      expect(test?.error).toContain('solution.ts:11')
      expect(test?.error).not.toMatch(/harness|\/job\//)
    })

    it('reports TypeScript syntax errors, from the type stripper and from V8, with lines', async () => {
      const stripped = await run('typescript', fixture('ndcg/syntax-error.ts.txt'))
      expect(stripped.status).toBe('error')
      expect(stripped.tests[0]?.line).toBe(3)
      const redeclared = await run('typescript', fixture('ndcg/redeclared.ts.txt'))
      expect(redeclared.status).toBe('error')
      expect(redeclared.error).toContain("Identifier 'score' has already been declared")
      expect(redeclared.tests[0]?.line).toBe(5)
    })

    it('runs numpy and compares its arrays, scalars and tuples as plain values', async () => {
      const code = [
        'import numpy as np',
        '',
        'def ndcg_at_k(kind, k):',
        "    if kind == 'array':",
        '        return np.arange(k, dtype=np.float32) / 2',
        "    if kind == 'scalar':",
        '        return np.float64(k) / 3',
        "    if kind == 'tuple':",
        '        return (np.int64(k), np.bool_(True), {"k": np.array([[1, 2]])})',
        '    return np.linalg.norm(np.ones(k))',
      ].join('\n')
      const cases = [
        functionCase('array', ['array', 4], [0, 0.5, 1, 1.5]),
        functionCase('scalar', ['scalar', 1], 1 / 3),
        functionCase('tuple', ['tuple', 7], [7, true, { k: [[1, 2]] }]),
        functionCase('norm', ['norm', 4], 2),
      ]
      const result = await run('python', code, cases)
      expect(result.tests.map((test) => [test.name, test.passed])).toEqual(
        cases.map((testCase) => [testCase.name, true]),
      )
      expect(result.status).toBe('passed')
    })

    it('compares numbers within a relative tolerance, and never a bool as a number', async () => {
      const code = [
        'def ndcg_at_k(kind, k):',
        "    return {'sum': 0.1 + 0.2, 'big': 1e6 + 0.5, 'bool': True, 'nan': float('nan')}[kind]",
      ].join('\n')
      const cases = [
        functionCase('default tolerance', ['sum', 0], 0.3),
        functionCase('no tolerance', ['sum', 0], 0.3, 0),
        functionCase('relative', ['big', 0], 1e6, 1e-6),
        functionCase('bool is not 1', ['bool', 0], 1),
        functionCase('nan equals nan', ['nan', 0], Number.NaN),
      ]
      const result = await run('python', code, cases)
      expect(result.tests.map((test) => test.passed)).toEqual([true, false, true, false, true])
      expect(testNamed(result, 'bool is not 1').actual).toBe(true)
      expect(result.status).toBe('failed')
    })
  })

  describe.skipIf(!available)('NaN and the infinities', () => {
    const NAN = { $number: 'NaN' }
    const INFINITY = { $number: 'Infinity' }
    const MINUS_INFINITY = { $number: '-Infinity' }
    const NON_FINITE_CODE: Record<Interpreted, string> = {
      python: [
        'import numpy as np',
        '',
        'def ndcg_at_k(kind, k):',
        "    if kind == 'nan':",
        "        return float('nan')",
        "    if kind == 'inf':",
        "        return k * float('inf')",
        "    if kind == 'list':",
        "        return [0.5, float('nan')]",
        "    if kind == 'numpy':",
        '        return {"array": np.array([0.5, np.nan, -np.inf]), "scalar": np.float32("nan")}',
        '    return k * 2',
      ].join('\n'),
      typescript: [
        'function ndcgAtK(kind: string, k: number): unknown {',
        "  if (kind === 'nan') return 0 / 0",
        "  if (kind === 'inf') return k / 0",
        "  if (kind === 'list') return [0.5, 0 / 0]",
        "  if (kind === 'numpy') return { array: [0.5, NaN, -Infinity], scalar: Number('x') }",
        '  return k * 2',
        '}',
      ].join('\n'),
    }
    const cases = [
      functionCase('NaN where 0.5 was expected', ['nan', 1], 0.5),
      functionCase('NaN where NaN was expected', ['nan', 1], NAN),
      functionCase('minus infinity', ['inf', -1], MINUS_INFINITY),
      functionCase('the wrong infinity', ['inf', 1], MINUS_INFINITY),
      functionCase('NaN inside a list', ['list', 0], [0.5, 0.25], 1e-6),
      functionCase('an infinity as the argument', ['twice', INFINITY], INFINITY),
      functionCase('arrays and scalars', ['numpy', 0], {
        array: [0.5, NAN, MINUS_INFINITY],
        scalar: NAN,
      }),
    ]

    it.each(['python', 'typescript'] as const)(
      'carries %s NaN and infinities back as numbers, and says "got NaN"',
      async (language) => {
        const result = await run(language, NON_FINITE_CODE[language], cases)
        const verdicts = result.tests.map((test) => [test.name, test.passed, test.error])
        expect(verdicts).toEqual([
          ['NaN where 0.5 was expected', false, undefined],
          ['NaN where NaN was expected', true, undefined],
          ['minus infinity', true, undefined],
          ['the wrong infinity', false, undefined],
          ['NaN inside a list', false, undefined],
          ['an infinity as the argument', true, undefined],
          ['arrays and scalars', true, undefined],
        ])
        expect(result.status).toBe('failed')
        // As the API returns and stores it: JSON that keeps the number.
        const carried = JSON.parse(JSON.stringify(result)) as RunResult
        const verdict = (name: string) => {
          const test = carried.tests.find((candidate) => candidate.name === name)
          return describeDifference(test?.expected, test?.actual)
        }
        expect(testNamed(carried, 'NaN where 0.5 was expected').actual).toEqual(NAN)
        expect(verdict('NaN where 0.5 was expected')).toBe('expected 0.5, got NaN')
        expect(verdict('the wrong infinity')).toBe('expected -Infinity, got Infinity')
        expect(verdict('NaN inside a list')).toBe(
          'first difference at index 1: expected 0.25, got NaN',
        )
        expect(testNamed(carried, 'NaN where NaN was expected').expected).toEqual(NAN)
      },
    )
  })

  describe.skipIf(!available)('time limits', () => {
    it('ends a busy loop as a timeout and keeps the cases before it', async () => {
      const code = 'def ndcg_at_k(relevances, k):\n    while k:\n        pass\n    return 0.0\n'
      const cases = [functionCase('quick', [[1], 0], 0), functionCase('spins', [[1], 1], 1)]
      const started = Date.now()
      const result = await run('python', code, cases, { cpuSeconds: 1, wallMs: 4_000 })
      expect(result.status).toBe('timeout')
      expect(Date.now() - started).toBeLessThan(4_000)
      expect(testNamed(result, 'quick').passed).toBe(true)
      expect(testNamed(result, 'spins').error).toMatch(/^Not run: CPU time limit/)
    })

    it('ends code that sleeps at the wall-clock deadline', async () => {
      const code = 'import time\n\ndef ndcg_at_k(relevances, k):\n    time.sleep(60)\n'
      const result = await run('python', code, [functionCase('sleeps', [[1], 1], 1)], {
        wallMs: 1_500,
      })
      expect(result.status).toBe('timeout')
      expect(result.error).toContain('Time limit exceeded')
      expect(result.durationMs).toBeLessThan(3_000)
    })

    it('kills a running run when its signal aborts, and rejects with the reason', async () => {
      const controller = new AbortController()
      const code = 'import time\n\ndef ndcg_at_k(relevances, k):\n    time.sleep(60)\n'
      setTimeout(() => controller.abort(), 300)
      const started = Date.now()
      await expect(
        runner!.run({
          language: 'python',
          code,
          functionName: 'ndcg_at_k',
          cases: [functionCase('sleeps', [[1], 1], 1)],
          signal: controller.signal,
        }),
      ).rejects.toMatchObject({ name: 'AbortError' })
      expect(Date.now() - started).toBeLessThan(2_000)
    })

    it('fails a promise that can never settle at once instead of waiting for the deadline', async () => {
      const code =
        'export function ndcgAtK(): Promise<number> {\n  return new Promise(() => {})\n}\n'
      const cases = [functionCase('never settles', [[1], 1], 1), functionCase('again', [[1], 1], 1)]
      const result = await run('typescript', code, cases)
      expect(result.status).toBe('error')
      expect(result.tests.map((test) => test.error)).toEqual([
        'Error: the returned promise never settled',
        'Error: the returned promise never settled',
      ])
    })
  })
})
