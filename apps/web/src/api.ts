// The typed client for the Pairwise API: the only module in the web app that knows URLs.
import { DetailedError, hc, parseResponse } from 'hono/client'
import type { AppType } from '@pairwise/server'
import type {
  AssistantPolicy,
  ClientEventBody,
  Comment,
  Language,
  PracticeSession,
  ProblemDetail,
  ProblemQuery,
  ProblemSummary,
  PublicUser,
  RunView,
  ScoreOverride,
  ScoreReport,
  ScoreWeights,
  TranscriptEventView,
} from '@pairwise/shared'

/** An API failure, carrying the server's `{error:{code,message}}` so pages can show the message. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  /** A stale_rev answer's current rev on the server, so the conflict can be resolved. */
  readonly currentRev: number | undefined

  constructor(status: number, code: string, message: string, currentRev?: number) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.currentRev = currentRev
  }

  /** The server could not be reached, or answered that it is not available right now. */
  get transient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504
  }
}

// Cookie auth: same-origin requests carry the session cookie and the Origin header the server
// checks against CSRF. hc sends `json` bodies with Content-Type application/json.
const client = hc<AppType>('/', { init: { credentials: 'same-origin' } })

export function errorFromBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body
    if (typeof error === 'object' && error !== null) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'error'
      const message =
        'message' in error && typeof error.message === 'string'
          ? error.message
          : 'Something went wrong.'
      const currentRev =
        'currentRev' in error && typeof error.currentRev === 'number' ? error.currentRev : undefined
      return new ApiError(status, code, message, currentRev)
    }
  }
  if (status >= 500) {
    return new ApiError(status, 'server_error', 'The server ran into a problem. Try again.')
  }
  return new ApiError(status, 'error', `The request failed (${status}).`)
}

/** Awaits a request, returns its typed body when it is ok, and throws an ApiError otherwise. */
export async function call<T>(request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (err) {
    if (err instanceof DetailedError) {
      const status = typeof err.statusCode === 'number' ? err.statusCode : 0
      const detail: unknown = err.detail
      const data =
        typeof detail === 'object' && detail !== null && 'data' in detail ? detail.data : undefined
      throw errorFromBody(status, data)
    }
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection.')
  }
}

const withSignal = (signal?: AbortSignal) => (signal ? { init: { signal } } : undefined)

export type User = PublicUser

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user } = await call(parseResponse(client.api.auth.me.$get({}, withSignal(signal))))
    return user
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null
    throw err
  }
}

export async function signUp(input: {
  name: string
  email: string
  password: string
}): Promise<User> {
  const { user } = await call(parseResponse(client.api.auth.signup.$post({ json: input })))
  return user
}

export async function logIn(input: { email: string; password: string }): Promise<User> {
  const { user } = await call(parseResponse(client.api.auth.login.$post({ json: input })))
  return user
}

export async function logOut(): Promise<void> {
  await call(parseResponse(client.api.auth.logout.$post({})))
}

export async function listProblems(
  query: ProblemQuery,
  signal?: AbortSignal,
): Promise<ProblemSummary[]> {
  const { problems } = await call(
    parseResponse(client.api.problems.$get({ query }, withSignal(signal))),
  )
  return problems
}

export async function getProblem(slug: string, signal?: AbortSignal): Promise<ProblemDetail> {
  const { problem } = await call(
    parseResponse(
      client.api.problems[':slug'].$get(
        { param: { slug: encodeURIComponent(slug) } },
        withSignal(signal),
      ),
    ),
  )
  return problem
}

/** Starts a practice session on a problem; the answer carries the session id and starter code. */
export async function startSession(input: {
  problemSlug: string
  language: Language
}): Promise<PracticeSession> {
  const { session } = await call(parseResponse(client.api.sessions.$post({ json: input })))
  return session
}

const sessionRoute = client.api.sessions[':id']
const param = (id: string) => ({ id: encodeURIComponent(id) })

/** The signed-in user's own sessions, newest first. */
export async function listMySessions(signal?: AbortSignal): Promise<PracticeSession[]> {
  const { sessions } = await call(parseResponse(client.api.sessions.$get({}, withSignal(signal))))
  return sessions
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

// The assistant and score routes are read with fetch: the stream is not JSON, and the JSON
// answers are typed here from packages/shared.
async function fetchJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: init.body ? { 'Content-Type': 'application/json' } : undefined,
    })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw errorFromBody(response.status, body)
  return body as T
}

const sessionPath = (id: string, rest: string) => `/api/sessions/${encodeURIComponent(id)}/${rest}`

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

// Review, cohorts, problem sets, postings and authoring: the mentor's and instructor's pages.

export interface ReviewFilters {
  candidate?: string
  problem?: string
  flagged?: boolean
  unreviewed?: boolean
}

/** The sessions the caller may review, newest first. */
export async function listReviewSessions(filters: ReviewFilters, signal?: AbortSignal) {
  const query = {
    ...(filters.candidate ? { candidate: filters.candidate } : {}),
    ...(filters.problem ? { problem: filters.problem } : {}),
    ...(filters.flagged ? { flagged: 'true' as const } : {}),
    ...(filters.unreviewed ? { unreviewed: 'true' as const } : {}),
  }
  const { sessions } = await call(
    parseResponse(client.api.review.sessions.$get({ query }, withSignal(signal))),
  )
  return sessions
}
export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewSessions>>[number]

export async function getCalibration(signal?: AbortSignal) {
  const { calibration } = await call(
    parseResponse(client.api.review.calibration.$get({}, withSignal(signal))),
  )
  return calibration
}
export type Calibration = Awaited<ReturnType<typeof getCalibration>>

export function getTranscript(id: string, signal?: AbortSignal) {
  return fetchJson<{ events: TranscriptEventView[] }>(sessionPath(id, 'transcript'), { signal })
}

/** The latest automatic score and every mentor override of it, side by side. */
export function getScoreWithOverrides(id: string, signal?: AbortSignal) {
  return fetchJson<{ score: ScoreReport | null; overrides: ScoreOverride[] }>(
    sessionPath(id, 'score'),
    { signal },
  )
}

export async function listComments(id: string, signal?: AbortSignal): Promise<Comment[]> {
  const { comments } = await fetchJson<{ comments: Comment[] }>(sessionPath(id, 'comments'), {
    signal,
  })
  return comments
}

export async function addComment(
  id: string,
  input: { body: string; atSeq?: number; line?: number },
): Promise<Comment> {
  const { comment } = await fetchJson<{ comment: Comment }>(sessionPath(id, 'comments'), {
    method: 'POST',
    body: JSON.stringify(input),
  })
  return comment
}

/** `criteria` maps criterion ids to points on each criterion's own 0..max scale. */
export async function overrideScore(
  id: string,
  input: { total: number; reason: string; criteria?: Record<string, number> },
) {
  const { score } = await fetchJson<{ score: ScoreReport & { override: ScoreOverride } }>(
    sessionPath(id, 'override'),
    { method: 'POST', body: JSON.stringify(input) },
  )
  return score
}

export function shareSession(id: string) {
  return fetchJson<{ token: string; path: string; expiresInDays: number }>(
    sessionPath(id, 'share'),
    { method: 'POST', body: '{}' },
  )
}

export async function acceptShare(token: string): Promise<string> {
  const { sessionId } = await call(
    parseResponse(
      client.api.shares[':token'].accept.$post({ param: { token: encodeURIComponent(token) } }),
    ),
  )
  return sessionId
}

export async function listCohorts(signal?: AbortSignal) {
  const { cohorts } = await call(parseResponse(client.api.cohorts.$get({}, withSignal(signal))))
  return cohorts
}
export type Cohort = Awaited<ReturnType<typeof listCohorts>>[number]

export async function createCohort(name: string) {
  const { cohort } = await call(parseResponse(client.api.cohorts.$post({ json: { name } })))
  return cohort
}

export async function addCohortMember(
  cohortId: string,
  input: { email: string; role: 'candidate' | 'mentor' },
) {
  return call(
    parseResponse(client.api.cohorts[':id'].members.$post({ param: param(cohortId), json: input })),
  )
}

export interface ProblemSetInput {
  title: string
  problemSlugs: string[]
  assistant?: AssistantPolicy
  weights?: ScoreWeights
  postingId?: string
}

const setRoute = client.api['problem-sets']

export async function listProblemSets(signal?: AbortSignal) {
  const { problemSets } = await call(parseResponse(setRoute.$get({}, withSignal(signal))))
  return problemSets
}
export type ProblemSet = Awaited<ReturnType<typeof listProblemSets>>[number]

export async function createProblemSet(input: ProblemSetInput) {
  const { problemSet } = await call(parseResponse(setRoute.$post({ json: input })))
  return problemSet
}

export async function updateProblemSet(id: string, input: ProblemSetInput) {
  const { problemSet } = await call(
    parseResponse(setRoute[':id'].$put({ param: param(id), json: input })),
  )
  return problemSet
}

export async function publishProblemSet(id: string) {
  const { problemSet } = await call(
    parseResponse(setRoute[':id'].publish.$post({ param: param(id) })),
  )
  return problemSet
}

export async function derivePosting(input: { text: string; title?: string }) {
  return call(parseResponse(client.api.postings.$post({ json: input })))
}
export type PostingAnalysis = Awaited<ReturnType<typeof derivePosting>>

const authorRoute = client.api.author.problems
const slugParam = (slug: string) => ({ slug: encodeURIComponent(slug) })

export async function listAuthoredProblems(signal?: AbortSignal) {
  const { problems } = await call(parseResponse(authorRoute.$get({}, withSignal(signal))))
  return problems
}
export type AuthoredSummary = Awaited<ReturnType<typeof listAuthoredProblems>>[number]

export async function getAuthoredProblem(slug: string, signal?: AbortSignal) {
  const { problem } = await call(
    parseResponse(authorRoute[':slug'].$get({ param: slugParam(slug) }, withSignal(signal))),
  )
  return problem
}
export type AuthoredProblem = Awaited<ReturnType<typeof getAuthoredProblem>>

export async function createAuthoredProblem(slug: string, files: Record<string, string>) {
  const { problem } = await call(parseResponse(authorRoute.$post({ json: { slug, files } })))
  return problem
}

export async function saveAuthoredProblem(slug: string, files: Record<string, string>) {
  const { problem } = await call(
    parseResponse(authorRoute[':slug'].$put({ param: slugParam(slug), json: { files } })),
  )
  return problem
}

export async function validateAuthoredProblem(slug: string) {
  const { validation } = await call(
    parseResponse(authorRoute[':slug'].validate.$post({ param: slugParam(slug) })),
  )
  return validation
}
export type ValidationReport = Awaited<ReturnType<typeof validateAuthoredProblem>>

export async function publishAuthoredProblem(slug: string): Promise<void> {
  await call(parseResponse(authorRoute[':slug'].publish.$post({ param: slugParam(slug) })))
}
