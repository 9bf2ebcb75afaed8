// Accounts and the catalog.
import { parseResponse } from 'hono/client'
import type {
  Language,
  PracticeSession,
  ProblemDetail,
  ProblemProgress,
  ProblemQuery,
  ProblemSummary,
  PublicUser,
} from '@pairwise/shared'
import { ApiError, call, client, withSignal } from './client.ts'

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

export async function updateMyName(name: string): Promise<User> {
  const { user } = await call(parseResponse(client.api.auth.me.$put({ json: { name } })))
  return user
}

/** What the account's sessions store, of its quota. */
export async function getMyStorage(signal?: AbortSignal) {
  const { storage } = await call(
    parseResponse(client.api.auth.me.storage.$get({}, withSignal(signal))),
  )
  return storage
}

export async function changeMyPassword(input: {
  currentPassword: string
  newPassword: string
}): Promise<void> {
  await call(parseResponse(client.api.auth.password.$put({ json: input })))
}

/** Whose reset link this is; throws when the link cannot be used. */
export async function checkResetLink(token: string, signal?: AbortSignal) {
  const { user } = await call(
    parseResponse(
      client.api.auth.reset[':token'].$get(
        { param: { token: encodeURIComponent(token) } },
        withSignal(signal),
      ),
    ),
  )
  return user
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await call(parseResponse(client.api.auth.reset.$post({ json: { token, password } })))
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

/** What the signed-in user has done with each problem: solved or attempted (absent: neither). */
export async function getProblemProgress(
  signal?: AbortSignal,
): Promise<Record<string, ProblemProgress>> {
  const { progress } = await call(
    parseResponse(client.api.problems.progress.$get({}, withSignal(signal))),
  )
  return progress
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
  problemSetId?: string
}): Promise<PracticeSession> {
  const { session } = await call(parseResponse(client.api.sessions.$post({ json: input })))
  return session
}
