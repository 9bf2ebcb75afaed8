// CSRF defence: a state-changing request must come from our own origin (Origin / Sec-Fetch-Site).
import type { MiddlewareHandler } from 'hono'
import { AppError } from './errors.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

export function originCheck(publicOrigin: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next()
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AppError(403, 'cross_site_request', 'Cross-site requests are refused.')
    }
    const origin = c.req.header('origin')
    if (origin !== undefined) {
      const allowed = new Set([new URL(c.req.url).origin])
      const host = c.req.header('host')
      if (host) allowed.add(`http://${host}`).add(`https://${host}`)
      if (publicOrigin) allowed.add(new URL(publicOrigin).origin)
      if (!allowed.has(origin)) {
        throw new AppError(403, 'cross_site_request', 'Cross-site requests are refused.')
      }
    }
    const type = c.req.header('content-type')
    const hasBody = c.req.header('content-length') !== '0' && c.req.raw.body !== null
    if (hasBody && type !== undefined && !/^application\/json\b/i.test(type)) {
      throw new AppError(
        415,
        'unsupported_media_type',
        'Send JSON (Content-Type: application/json).',
      )
    }
    return next()
  }
}
