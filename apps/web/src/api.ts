// The typed client for the Pairwise API: the only module in the web app that knows URLs.
import { DetailedError, hc, parseResponse } from 'hono/client'
import type { AppType } from '@pairwise/server'
import type {
  Language,
  PracticeSession,
  ProblemDetail,
  ProblemQuery,
  ProblemSummary,
  PublicUser,
} from '@pairwise/shared'

/** An API failure, carrying the server's `{error:{code,message}}` so pages can show the message. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

// Cookie auth: same-origin requests carry the session cookie and the Origin header the server
// checks against CSRF. hc sends `json` bodies with Content-Type application/json.
const client = hc<AppType>('/', { init: { credentials: 'same-origin' } })

function errorFromBody(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body
    if (typeof error === 'object' && error !== null) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'error'
      const message =
        'message' in error && typeof error.message === 'string'
          ? error.message
          : 'Something went wrong.'
      return new ApiError(status, code, message)
    }
  }
  if (status >= 500) {
    return new ApiError(status, 'server_error', 'The server ran into a problem. Try again.')
  }
  return new ApiError(status, 'error', `The request failed (${status}).`)
}

/** Awaits a request, returns its typed body when it is ok, and throws an ApiError otherwise. */
async function call<T>(request: Promise<T>): Promise<T> {
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
