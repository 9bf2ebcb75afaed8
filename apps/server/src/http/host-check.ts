// DNS-rebinding defence: answer only requests addressed to a host name this server is known by.
// A page on evil.example whose name is re-pointed at 127.0.0.1 reaches us with Host: evil.example.
import type { MiddlewareHandler } from 'hono'
import { AppError } from './errors.ts'

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]', '::1']
const ANY_INTERFACE = new Set(['0.0.0.0', '::', '[::]'])

/** The allowed host names, or null when any is allowed (listening everywhere, none configured). */
export function allowedHosts(options: {
  host: string
  publicOrigin: string | undefined
  extra: string[]
}): Set<string> | null {
  const names = new Set([...LOOPBACK, ...options.extra.map((h) => h.toLowerCase())])
  if (options.publicOrigin) names.add(new URL(options.publicOrigin).hostname.toLowerCase())
  if (ANY_INTERFACE.has(options.host)) {
    return options.publicOrigin || options.extra.length ? names : null
  }
  names.add(options.host.toLowerCase())
  return names
}

export function hostCheck(allowed: Set<string> | null): MiddlewareHandler {
  return async (c, next) => {
    if (!allowed) return next()
    const header = c.req.header('host') ?? new URL(c.req.url).host
    const name = header.toLowerCase().replace(/:\d+$/, '')
    if (!allowed.has(name)) {
      throw new AppError(403, 'unknown_host', 'This server does not answer to that host name.')
    }
    return next()
  }
}
