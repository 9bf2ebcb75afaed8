// A candidate's practice sessions: start, save, run, record events, assistant, score.
import { parseResponse } from 'hono/client'
import type {
  AssistantPolicy,
  ClientEventBody,
  CustomRunView,
  PracticeSession,
  RunView,
  ScoreOverride,
  ScoreReport,
} from '@pairwise/shared'
import {
  ApiError,
  call,
  client,
  errorFromBody,
  fetchJson,
  param,
  sessionPath,
  withSignal,
} from './client.ts'

const sessionRoute = client.api.sessions[':id']

/**
 * The signed-in user's own sessions, newest first: the archived ones or the others, optionally
 * only one problem's unfinished ones.
 */
export async function listMySessions(
  filter: { archived?: boolean; problem?: string; unfinished?: boolean } = {},
  signal?: AbortSignal,
): Promise<PracticeSession[]> {
  const query = {
    ...(filter.archived ? { archived: '1' as const } : {}),
    ...(filter.problem ? { problem: filter.problem } : {}),
    ...(filter.unfinished ? { unfinished: '1' as const } : {}),
  }
  const { sessions } = await call(
    parseResponse(client.api.sessions.$get({ query }, withSignal(signal))),
  )
  return sessions
}

export async function archiveSession(id: string, archived: boolean): Promise<PracticeSession> {
  const { session } = await call(
    parseResponse(sessionRoute.archive.$put({ param: param(id), json: { archived } })),
  )
  return session
}

export async function getSession(id: string, signal?: AbortSignal): Promise<PracticeSession> {
  const { session } = await call(
    parseResponse(sessionRoute.$get({ param: param(id) }, withSignal(signal))),
  )
  return session
}

/** Autosave: the server takes only a rev above its own, and answers 409 stale_rev otherwise. */
export async function saveCode(id: string, code: string, rev: number): Promise<number> {
  const answer = await call(
    parseResponse(sessionRoute.code.$put({ param: param(id), json: { code, rev } })),
  )
  return answer.rev
}

export async function saveExplanation(id: string, text: string, rev: number): Promise<number> {
  const answer = await call(
    parseResponse(sessionRoute.explanation.$put({ param: param(id), json: { text, rev } })),
  )
  return answer.rev
}

export async function runCode(
  id: string,
  mode: 'run' | 'submit',
  signal?: AbortSignal,
): Promise<RunView> {
  const { run } = await call(
    parseResponse(
      sessionRoute.runs.$post({ param: param(id), json: { mode } }, withSignal(signal)),
    ),
  )
  return run
}

/** Reports what only the browser sees (pastes, AI insertions, drafts) into the transcript. */
export async function recordEvent(id: string, event: ClientEventBody): Promise<number> {
  const { seq } = await call(
    parseResponse(sessionRoute.events.$post({ param: param(id), json: event })),
  )
  return seq
}

export interface AssistantTurn {
  seq: number
  role: 'user' | 'assistant'
  text: string
  incomplete?: boolean
}

export interface AssistantState {
  provider: 'anthropic' | 'offline'
  model: string
  policy: AssistantPolicy
  turns: AssistantTurn[]
}

export function getAssistant(id: string, signal?: AbortSignal): Promise<AssistantState> {
  return fetchJson<AssistantState>(sessionPath(id, 'assistant'), { signal })
}

/** Opens the reply stream of one message; the caller reads it with lib/sse.ts. */
export async function openAssistantStream(
  id: string,
  message: string,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  let response: Response
  try {
    response = await fetch(sessionPath(id, 'assistant'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ message }),
      signal,
    })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError(0, 'network', 'Could not reach the assistant. Check your connection.')
  }
  if (!response.ok || !response.body) {
    throw errorFromBody(response.status, await response.json().catch(() => null))
  }
  return response.body
}

export async function scoreExplanation(id: string): Promise<ScoreReport> {
  const { score } = await fetchJson<{ score: ScoreReport }>(sessionPath(id, 'score'), {
    method: 'POST',
    body: '{}',
  })
  return score
}

/** The latest score of a session, or null when it has none yet. */
export async function getLatestScore(
  id: string,
  signal?: AbortSignal,
): Promise<ScoreReport | null> {
  const { score } = await fetchJson<{ score: ScoreReport | null }>(sessionPath(id, 'score'), {
    signal,
  })
  return score
}

/** The session's last run or submission, so its results survive a reload; null before any. */
export async function getLatestRun(id: string, signal?: AbortSignal): Promise<RunView | null> {
  const { run } = await fetchJson<{ run: RunView | null }>(sessionPath(id, 'runs/latest'), {
    signal,
  })
  return run
}

/** Runs the saved code on the candidate's own arguments; nothing is compared. */
export async function runCustomInput(id: string, args: unknown[]): Promise<CustomRunView> {
  const { run } = await fetchJson<{ run: CustomRunView }>(sessionPath(id, 'runs/custom'), {
    method: 'POST',
    body: JSON.stringify({ args }),
  })
  return run
}

/** The latest score with the mentor's override of it, if any. */
export async function getScoreWithOverride(
  id: string,
  signal?: AbortSignal,
): Promise<{ score: ScoreReport | null; override: ScoreOverride | null }> {
  const answer = await fetchJson<{ score: ScoreReport | null; override?: ScoreOverride | null }>(
    sessionPath(id, 'score'),
    { signal },
  )
  return { score: answer.score, override: answer.override ?? null }
}
