// What leaves the process that ran the hidden cases: per-case verdicts and a run status, nothing
// the code chose (values, errors, printed output, times), and how it joins the visible run.
import type { RunResult, RunStatus, TestCase, TestResult } from '@pairwise/shared'

/** Fixed texts: the hidden process's own error message could carry its inputs. */
const HIDDEN_RUN_ERRORS: Record<RunStatus, string | undefined> = {
  passed: undefined,
  failed: undefined,
  error: 'A hidden case raised an error, or the program stopped before every hidden case ran.',
  timeout: 'The hidden cases ran past the time limit.',
  memory: 'The hidden cases ran out of memory.',
  // The code compiles once for both processes, so a compile error never reaches this far.
  compile_error: 'The code did not compile.',
}

/** A hidden case's name and verdict, and nothing else. */
export function verdictOnly(test: TestResult): TestResult {
  return test.hidden ? { name: test.name, passed: test.passed, hidden: true } : test
}

/** The hidden process's result with only verdicts, its status and a fixed message kept. */
export function sealHiddenCases(result: RunResult): RunResult {
  const error = HIDDEN_RUN_ERRORS[result.status]
  return {
    status: result.status,
    tests: result.tests.map(verdictOnly),
    stdout: '',
    stderr: '',
    ...(error === undefined ? {} : { error }),
    durationMs: 0,
  }
}

/** A stop (error, timeout, memory) says more than a wrong answer, so it names the run's status. */
function isStop(status: RunStatus): boolean {
  return status !== 'passed' && status !== 'failed'
}

/**
 * One result in the cases' own order. Output and duration are the visible process's only: the
 * time of the hidden process is left out, since code can make it encode its inputs.
 */
export function combineRuns(
  cases: TestCase[],
  visible: RunResult | null,
  hidden: RunResult,
): RunResult {
  const visibleTests = visible?.tests[Symbol.iterator]()
  const hiddenTests = hidden.tests[Symbol.iterator]()
  const tests: TestResult[] = []
  for (const testCase of cases) {
    const next = testCase.visible ? visibleTests?.next() : hiddenTests.next()
    if (next && !next.done) tests.push(next.value)
  }
  const statuses = [visible?.status ?? 'passed', hidden.status]
  let status: RunStatus = 'passed'
  let error: string | undefined
  if (visible && isStop(visible.status)) {
    status = visible.status
    error = visible.error
  } else if (isStop(hidden.status)) {
    status = hidden.status
    error = hidden.error
  } else if (statuses.includes('failed')) status = 'failed'
  return {
    status,
    tests,
    stdout: visible?.stdout ?? '',
    stderr: visible?.stderr ?? '',
    ...(error === undefined ? {} : { error }),
    durationMs: visible?.durationMs ?? 0,
  }
}

/** Every case failed before it ran (a syntax or compile error): its name, the error, no timing. */
export function casesNotRun(
  cases: TestCase[],
  error: string,
  line: number | undefined,
): TestResult[] {
  const at = line === undefined ? {} : { line }
  return cases.map((testCase) => ({
    name: testCase.name,
    passed: false,
    error,
    ...at,
    ms: 0,
    ...(testCase.visible ? {} : { hidden: true }),
  }))
}
