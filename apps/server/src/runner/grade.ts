// Turns what the harness reported, and how its process ended, into the RunResult the API returns.
import {
  encodeNumbers,
  type Language,
  type RunResult,
  type RunStatus,
  type TestCase,
  type TestResult,
} from '@pairwise/shared'
import { displayValue, outputsMatch, valuesMatch } from './compare.ts'
import type { CaseMessage, HarnessReport } from './harness-messages.ts'
import { capMessage, capReport } from './report-caps.ts'
import type { ProcessOutcome } from './supervised-process.ts'
import type { RunLimits } from './types.ts'

/** What a process says on stderr when it ran out of memory without the harness noticing. */
const OUT_OF_MEMORY =
  /JavaScript heap out of memory|Reached heap limit|MemoryError|Cannot allocate memory|std::bad_alloc|Array buffer allocation failed/

export interface GradeInput {
  language: Language
  /** The cases that ran, in job order: a case's index is its position here. */
  cases: TestCase[]
  report: HarnessReport
  outcome: ProcessOutcome
  /** The signal that ended the code, also when a wrapper (bwrap) reported it as an exit code. */
  signal: NodeJS.Signals | null
  limits: RunLimits
}

interface Verdict {
  status: RunStatus
  error?: string
  line?: number
}

function isScript(testCase: TestCase): testCase is Extract<TestCase, { script: string }> {
  return 'script' in testCase
}

function describeExit(outcome: ProcessOutcome, signal: NodeJS.Signals | null): string {
  if (outcome.spawnError) return `The runner could not start: ${outcome.spawnError.message}`
  const how = signal ? `was killed by ${signal}` : `exited with code ${outcome.exitCode ?? '?'}`
  return `The program ${how} before all tests ran.`
}

function runVerdict(input: GradeInput): Verdict {
  const { report, outcome, limits, signal } = input
  const caseMessages = [...report.cases.values()]
  const load = report.load
  if (load && !load.ok) {
    return {
      status: load.errorType === 'MemoryError' ? 'memory' : 'error',
      error: load.error,
      ...(load.line === null ? {} : { line: load.line }),
    }
  }
  const memory =
    caseMessages.some((message) => !message.ok && message.errorType === 'MemoryError') ||
    (!report.done && OUT_OF_MEMORY.test(outcome.stderr))
  if (memory) return { status: 'memory', error: `Memory limit exceeded (${limits.memoryMb} MB).` }
  if (signal === 'SIGXCPU') {
    return { status: 'timeout', error: `CPU time limit exceeded (${limits.cpuSeconds} s).` }
  }
  if (outcome.stoppedBy === 'deadline') {
    return { status: 'timeout', error: `Time limit exceeded (${limits.wallMs / 1000} s).` }
  }
  if (outcome.stoppedBy === 'stdout' || outcome.stoppedBy === 'stderr') {
    const error = `Output limit exceeded: more than ${limits.outputBytes} bytes on ${outcome.stoppedBy}; the run was stopped.`
    return { status: 'error', error }
  }
  if (outcome.stoppedBy === 'results') {
    return { status: 'error', error: 'The returned values were too large to report.' }
  }
  if (!report.done) return { status: 'error', error: describeExit(outcome, signal) }
  return { status: 'passed' }
}

function gradeCase(
  testCase: TestCase,
  message: CaseMessage | undefined,
  notRun: Verdict,
): TestResult {
  const hidden = testCase.visible ? {} : { hidden: true }
  // Tagged as JSON carries it, also when a caller built the case with a NaN of its own.
  const expected = isScript(testCase) ? testCase.expectedOutput : encodeNumbers(testCase.expected)
  if (message === undefined) {
    const line = notRun.line === undefined ? {} : { line: notRun.line }
    const error = notRun.error ?? 'Not run: the program stopped early.'
    return { name: testCase.name, passed: false, expected, error, ...line, ms: 0, ...hidden }
  }
  const base = { name: testCase.name, expected, ms: message.ms, ...hidden }
  if (!message.ok) {
    const line = message.line === null ? {} : { line: message.line }
    return { ...base, passed: false, error: message.error, ...line }
  }
  if (isScript(testCase)) {
    const actual = message.output ?? ''
    return {
      ...base,
      passed: outputsMatch(testCase.expectedOutput, actual, testCase.compare),
      actual,
    }
  }
  const passed = valuesMatch(testCase.expected, message.actual, testCase.tolerance)
  return { ...base, passed, actual: displayValue(message.actual) }
}

export function gradeRun(input: GradeInput): RunResult {
  const verdict = runVerdict(input)
  // A load failure is the reason every case failed, so each shows it; otherwise say why it did not run.
  const loadFailed = input.report.load?.ok === false
  const notRun: Verdict = loadFailed
    ? verdict
    : { ...verdict, error: `Not run: ${verdict.error ?? 'the program stopped early.'}` }
  // Compared whole, then cut for storage and display.
  const tests = capReport(
    input.cases.map((testCase, index) =>
      gradeCase(testCase, input.report.cases.get(index), notRun),
    ),
  )
  let status = verdict.status
  if (status === 'passed') {
    if (tests.some((test) => test.error !== undefined)) status = 'error'
    else if (tests.some((test) => !test.passed)) status = 'failed'
  }
  return {
    status,
    tests,
    stdout: input.outcome.stdout,
    stderr: input.outcome.stderr,
    ...(verdict.error === undefined ? {} : { error: capMessage(verdict.error) }),
    durationMs: input.outcome.durationMs,
  }
}
