// The typed client underneath: hc over AppType, the error shape, and fetch for non-hc routes.
import { DetailedError, hc } from 'hono/client'
import type { AppType } from '@pairwise/server'

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
export const client = hc<AppType>('/', { init: { credentials: 'same-origin' } })

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

export const withSignal = (signal?: AbortSignal) => (signal ? { init: { signal } } : undefined)

// The assistant and score routes are read with fetch: the stream is not JSON, and the JSON
// answers are typed here from packages/shared.
export async function fetchJson<T>(path: string, init: RequestInit = {}): Promise<T> {
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

export const sessionPath = (id: string, rest: string) =>
  `/api/sessions/${encodeURIComponent(id)}/${rest}`

export const param = (id: string) => ({ id: encodeURIComponent(id) })
