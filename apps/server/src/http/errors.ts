// The one error shape ({error:{code,message}}) and the onError handler that produces it.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { $ZodError } from 'zod/v4/core'
import type { Logger } from '../logger.ts'

export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Extra fields of the error object, e.g. the current rev of a stale save. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/** A save that lost to a newer one: 409 with the rev the server has, for the client to resolve. */
export const staleRev = (currentRev: number, what: 'code' | 'explanation') =>
  new AppError(
    409,
    'stale_rev',
    what === 'code'
      ? 'This code was changed elsewhere (another tab?). Reload to see the newer version.'
      : 'This explanation was changed elsewhere. Reload to see the newer version.',
    { currentRev },
  )

export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`)
export const unauthorized = () => new AppError(401, 'unauthorized', 'Log in first.')
export const forbidden = (message = 'You may not do that.') =>
  new AppError(403, 'forbidden', message)

export function errorBody(code: string, message: string) {
  return { error: { code, message } }
}

export function describeZodError(error: $ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const where = i.path.length ? `${i.path.join('.')}: ` : ''
      if (i.code === 'unrecognized_keys') return `${where}unknown field(s) ${i.keys.join(', ')}`
      return `${where}${i.message}`
    })
    .join('; ')
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
}

export function handleError(log: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) {
      return c.json({ error: { code: err.code, message: err.message, ...err.details } }, err.status)
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode
      const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request')
      const message = err.message || 'The request could not be handled.'
      return c.json(errorBody(code, message), status)
    }
    log.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error')
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500)
  }
}
