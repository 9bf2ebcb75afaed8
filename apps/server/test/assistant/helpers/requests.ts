// Builds assistant requests for tests and gathers what a provider streams.
import type { ProblemDefinition, RunResult } from '@pairwise/shared'
import { summariseRun, toAssistantProblem } from '../../../src/assistant/index.ts'
import type {
  AssistantEvent,
  AssistantProvider,
  AssistantRequest,
} from '../../../src/assistant/index.ts'

export function requestFor(
  problem: ProblemDefinition,
  overrides: Partial<Omit<AssistantRequest, 'lastRun'>> & { run?: RunResult | null } = {},
): AssistantRequest {
  const { run, ...rest } = overrides
  const language = rest.language ?? (problem.starter.python !== undefined ? 'python' : 'typescript')
  return {
    policy: problem.assistant,
    problem: toAssistantProblem(problem),
    language,
    code: problem.starter[language] ?? '',
    lastRun: run ? summariseRun(run) : null,
    history: [],
    message: 'Can you help me?',
    ...rest,
  }
}

export async function collect(
  provider: AssistantProvider,
  request: AssistantRequest,
  signal: AbortSignal = new AbortController().signal,
): Promise<{ events: AssistantEvent[]; text: string; last: AssistantEvent | undefined }> {
  const events: AssistantEvent[] = []
  for await (const event of provider.stream(request, signal)) events.push(event)
  const text = events.map((event) => (event.type === 'text' ? event.text : '')).join('')
  return { events, text, last: events.at(-1) }
}

/** A run with one visible failure, one visible error and hidden cases, as the runner reports it. */
export function failingRun(problem: ProblemDefinition): RunResult {
  const visible = problem.cases.filter((c) => c.visible)
  const hidden = problem.cases.filter((c) => !c.visible)
  return {
    status: 'failed',
    tests: [
      ...visible.map((c, i) => ({
        name: c.name,
        passed: i > 0,
        ...('expected' in c ? { expected: c.expected, actual: 0.25 } : {}),
        ms: 3,
      })),
      ...hidden.map((c) => ({
        name: c.name,
        passed: false,
        hidden: true,
        expected: 'expected' in c ? c.expected : undefined,
        actual: 'HIDDEN-ACTUAL-VALUE',
        error: `Traceback: HIDDEN-ERROR args=${JSON.stringify('args' in c ? c.args : [])}`,
        ms: 2,
      })),
    ],
    stdout: '',
    stderr: 'HIDDEN-STDERR debug print of a hidden input',
    durationMs: 40,
  }
}
