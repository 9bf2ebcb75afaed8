// Narrows a problem and a run to what the assistant may see: no solutions, no hidden test data.
import {
  clipText,
  formatValue as valueText,
  type ProblemDefinition,
  type RunResult,
  type TestResult,
} from '@pairwise/shared'
import type { AssistantProblem, RunCaseSummary, RunSummary } from './types.ts'

const VALUE_MAX_CHARS = 300
const STDERR_TAIL_CHARS = 800
const ERROR_MAX_CHARS = 600

/** Copies the fields the assistant may use, by name, so nothing else of the definition leaks. */
export function toAssistantProblem(problem: ProblemDefinition): AssistantProblem {
  return {
    kind: 'assistant-problem',
    slug: problem.slug,
    title: problem.title,
    areas: [...problem.areas],
    difficulty: problem.difficulty,
    statement: problem.statement,
    functionNames: { ...problem.functionNames },
    starter: { ...problem.starter },
    hints: [...problem.hints],
    topics: problem.rubric.criteria.map((criterion) => ({
      id: criterion.id,
      title: criterion.title,
      concepts: [...criterion.concepts],
    })),
  }
}

/** Keeps visible results whole and reduces hidden ones to their name and verdict. */
export function summariseRun(run: RunResult): RunSummary {
  const tests = run.tests.map(summariseCase)
  const anyHidden = tests.some((test) => test.hidden)
  const summary: RunSummary = { status: run.status, tests }
  if (run.error) summary.error = clipText(run.error, ERROR_MAX_CHARS)
  if (run.tooSlow) summary.tooSlow = run.tooSlow
  // A submit runs hidden cases, and the candidate's prints could echo their inputs into stderr.
  const stderr = run.stderr.trim()
  if (!anyHidden && stderr) summary.stderrTail = tail(stderr, STDERR_TAIL_CHARS)
  return summary
}

function summariseCase(test: TestResult): RunCaseSummary {
  if (test.hidden) return { name: test.name, hidden: true, passed: test.passed }
  const visible: RunCaseSummary = { name: test.name, hidden: false, passed: test.passed }
  if (test.expected !== undefined) visible.expected = formatValue(test.expected)
  if (test.actual !== undefined) visible.actual = formatValue(test.actual)
  if (test.error) visible.error = clipText(test.error, ERROR_MAX_CHARS)
  if (test.line !== undefined) visible.line = test.line
  return visible
}

/** A value as the assistant reads it: NaN as NaN, not as the tag the API carries it in. */
export function formatValue(value: unknown): string {
  return clipText(valueText(value), VALUE_MAX_CHARS)
}

function tail(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`
}
