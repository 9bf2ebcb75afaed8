// "Correct output, too slow": a run that ran out of time on a large case after every case before
// it (every smaller one among them) passed. Large cases run last so that this can be said.
import type { RunResult, TestCase, TooSlow } from '@pairwise/shared'

export function isLarge(testCase: TestCase): boolean {
  return 'large' in testCase && testCase.large === true
}

/** Every case that is not large runs before any large one; each group keeps its order. */
export function largeCasesLast(cases: TestCase[]): TestCase[] {
  return [...cases.filter((c) => !isLarge(c)), ...cases.filter(isLarge)]
}

/** A process's result with its tests put back in the order of `cases` (it ran them as `ran`). */
export function inCaseOrder(cases: TestCase[], ran: TestCase[], result: RunResult): RunResult {
  const byCase = new Map(ran.map((testCase, i) => [testCase, result.tests[i]]))
  const tests = cases.flatMap((testCase) => {
    const test = byCase.get(testCase)
    return test ? [test] : []
  })
  return { ...result, tests }
}

export interface ProcessStop {
  /** The cases the process ran, in the order it ran them. */
  cases: TestCase[]
  /** Its result, tests in that same order. */
  result: RunResult
  /** On a timeout, the index of the case that was running when the time ran out; else null. */
  stoppedAt: number | null
}

/**
 * TooSlow when the cases' process timed out on a large case after every case before it passed,
 * and whatever ran before it (the visible process) passed too; else null, a bare timeout.
 */
export function tooSlowVerdict(
  before: RunResult | null,
  process: ProcessStop,
  complexity: string | undefined,
): TooSlow | null {
  const { cases, result, stoppedAt } = process
  if (result.status !== 'timeout' || stoppedAt === null) return null
  if (before && before.status !== 'passed') return null
  const stopped = cases[stoppedAt]
  if (!stopped || !isLarge(stopped)) return null
  if (!result.tests.slice(0, stoppedAt).every((test) => test.passed)) return null
  return { case: stopped.name, ...(complexity ? { complexity } : {}) }
}

/** The run's message; names only the case (whose name the candidate sees anyway). */
export function tooSlowMessage(tooSlow: TooSlow): string {
  const asks = tooSlow.complexity
    ? `the problem asks for ${tooSlow.complexity}`
    : 'the problem needs a faster method'
  return `Correct on every smaller case, but too slow on “${tooSlow.case}”: ${asks}.`
}
