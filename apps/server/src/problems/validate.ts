// Runs every reference solution of a set of problems through a runner, case by case, and checks
// the growth of the reference against its generator's expected complexity.
import {
  clipText,
  formatValue,
  type Language,
  type ProblemDefinition,
  type TestCase,
} from '@pairwise/shared'
import { DEFAULT_LIMITS, type Runner } from '../runner/index.ts'
import { measureGrowth, type GrowthMeasurement } from '../runner/measure-growth.ts'
import { checkComplexity, type ComplexityClaim } from '../scoring/complexity.ts'
import { limitsForProblem } from './limits.ts'
import { workerPool } from '../workers/pool.ts'

export interface ValidationFailure {
  slug: string
  language?: string
  case?: string
  reason: string
}

export interface ValidationReport {
  problems: number
  passed: number
  tests: number
  testsPassed: number
  failures: ValidationFailure[]
}

/** The cases a solution in `language` runs: the language-neutral ones and its own script cases. */
export function casesFor(p: ProblemDefinition, language: string): TestCase[] {
  return p.cases.filter((c) => !('language' in c) || c.language === language)
}

const VALIDATE_GROWTH_WALL_MS = 60_000

/** Growth measurements time code, so they run one at a time even when cases run in parallel. */
let growthQueue: Promise<unknown> = Promise.resolve()

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = growthQueue.then(task, task)
  growthQueue = result.catch(() => undefined)
  return result
}

/**
 * The reference's measured growth must agree with generator.json's `expected`. Only one language
 * is measured (Python when the problem has it), which keeps validate to about a second a problem.
 */
export async function validateGrowth(
  runner: Runner,
  p: ProblemDefinition,
): Promise<ValidationFailure[]> {
  const { generator } = p
  if (generator === undefined) return []
  const language: Language | undefined = p.languages.includes('python') ? 'python' : p.languages[0]
  const code = language === undefined ? undefined : p.solutions[language]
  const functionName = language === undefined ? undefined : p.functionNames[language]
  if (language === undefined || code === undefined || functionName === undefined) return []
  const claim = await workerPool().run('parseClaim', generator.expectedComplexity)
  if (claim === null) {
    const reason = `generator.json: cannot read the expected complexity "${generator.expectedComplexity}"`
    return [{ slug: p.slug, language, reason }]
  }
  const measure = () =>
    measureGrowth(runner, {
      language,
      code,
      functionName,
      generator,
      // A generous wall limit: on a busy machine the CPU budget of the measurement takes longer
      // to spend, and validate is offline, so it waits rather than failing a timing check.
      limits: {
        ...DEFAULT_LIMITS,
        wallMs: VALIDATE_GROWTH_WALL_MS,
        ...(p.memoryMb ? { memoryMb: p.memoryMb } : {}),
        addressSpaceHeadroomMb: limitsForProblem(p, language).addressSpaceHeadroomMb ?? 0,
      },
    })
  const fail = (reason: string) => [{ slug: p.slug, language, case: 'growth', reason }]
  // A timing is a sample of a noisy machine: a disagreement is measured once more, and only two
  // in a row fail validate (one in a run of about 60 problems did, on a loaded CI machine).
  if (growthFailure(claim, await oneAtATime(measure)) === null) return []
  const why = growthFailure(claim, await oneAtATime(measure))
  return why === null ? [] : fail(why)
}

/** Why a measurement of the reference disagrees with the expected growth, or null. */
export function growthFailure(claim: ComplexityClaim, measured: GrowthMeasurement): string | null {
  if (measured.error !== undefined) return `growth measurement: ${measured.error}`.slice(0, 500)
  if (measured.exponent === null) {
    const times = measured.seconds.map((s) => `${(s * 1000).toFixed(2)} ms`).join(', ')
    return `growth measurement: no meaningful exponent (sizes ${measured.sizes.join(', ')}: ${times})`
  }
  // Fails when the reference measured slower than the expected growth. Faster passes, as in
  // scoring: vectorized all-pairs work measures near-linear at the sizes a budget allows.
  return checkComplexity(claim, measured, claim).flag?.message ?? null
}

export async function validateProblem(runner: Runner, p: ProblemDefinition) {
  const failures: ValidationFailure[] = []
  let tests = 0
  let testsPassed = 0
  for (const language of p.languages) {
    const code = p.solutions[language]
    const functionName = p.functionNames[language]
    const cases = casesFor(p, language)
    tests += cases.length
    if (code === undefined || functionName === undefined) {
      failures.push({ slug: p.slug, language, reason: 'no reference solution' })
      continue
    }
    const result = await runner.run({
      language,
      code,
      functionName,
      ...(p.signature ? { signature: p.signature } : {}),
      cases,
      limits: limitsForProblem(p, language),
      // The reference is its author's code: why it failed a hidden case is worth showing them.
      revealHidden: true,
    })
    for (const t of result.tests) {
      if (t.passed) testsPassed++
      else {
        // Each side clipped on its own, so a long expected value cannot hide what came back.
        const detail =
          t.error ??
          `expected ${clipText(formatValue(t.expected), 200)}, got ${clipText(formatValue(t.actual), 200)}`
        failures.push({ slug: p.slug, language, case: t.name, reason: detail.slice(0, 500) })
      }
    }
    if (result.tests.length < cases.length) {
      failures.push({
        slug: p.slug,
        language,
        reason:
          `${result.status}: ${result.error ?? 'the run stopped before every case ran'}`.slice(
            0,
            500,
          ),
      })
    }
  }
  failures.push(...(await validateGrowth(runner, p)))
  return { failures, tests, testsPassed }
}

/** The report of one problem's validation, in the same shape as the library's. */
export function reportOf(result: Awaited<ReturnType<typeof validateProblem>>): ValidationReport {
  return {
    problems: 1,
    passed: result.failures.length === 0 ? 1 : 0,
    tests: result.tests,
    testsPassed: result.testsPassed,
    failures: result.failures,
  }
}

export async function validateProblems(
  runner: Runner,
  problems: ProblemDefinition[],
  concurrency = 2,
): Promise<ValidationReport> {
  const report: ValidationReport = {
    problems: problems.length,
    passed: 0,
    tests: 0,
    testsPassed: 0,
    failures: [],
  }
  const queue = [...problems]
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const r = await validateProblem(runner, p)
      report.tests += r.tests
      report.testsPassed += r.testsPassed
      report.failures.push(...r.failures)
      if (r.failures.length === 0) report.passed++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  report.failures.sort((a, b) => a.slug.localeCompare(b.slug))
  return report
}
