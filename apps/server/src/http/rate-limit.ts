// Per-client rate limits (hono-rate-limiter) for the routes that attackers hammer.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import type { AppEnv } from '../app-env.ts'
import { errorBody } from './errors.ts'

function clientKey(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // In-process requests (tests) have no socket.
    return 'in-process'
  }
}

// Route modules are built once, so their limiter stores are shared; an app's identity in the key
// keeps two apps in one process (tests, tools) from counting each other's requests.
const appIds = new WeakMap<object, number>()
let nextAppId = 1
function appId(c: Context<AppEnv>): number {
  let id = appIds.get(c.var.deps)
  if (id === undefined) appIds.set(c.var.deps, (id = nextAppId++))
  return id
}

export function limitPerClient(name: string, limit: number, windowMs: number) {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => `${name}:${appId(c)}:${clientKey(c)}`,
    skip: (c) => !c.var.deps.config.rateLimit,
    handler: (c) =>
      c.json(errorBody('rate_limited', 'Too many attempts. Wait a minute and try again.'), 429),
  })
}

/** A per-user limit, for signed-in routes that cost the machine (runs, assistant turns). */
export function limitPerUser(name: string, limit: number, windowMs: number) {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => `${name}:${appId(c)}:${c.var.user?.id ?? clientKey(c)}`,
    skip: (c) => !c.var.deps.config.rateLimit,
    handler: (c) =>
      c.json(
        errorBody('rate_limited', 'You are going too fast. Wait a minute and try again.'),
        429,
      ),
  })
}
