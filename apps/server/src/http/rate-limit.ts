// Per-client and per-user rate limits (rate-limiter-flexible) on a store every API process shares.
import type { Context, MiddlewareHandler } from 'hono'
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { createMemoryLimitStore, type LimitStore } from '../scale/limit-store.ts'
import { clientAddress } from './client-address.ts'
import { errorBody } from './errors.ts'

// Apps built without a store (tests, tools) count in memory, each app on its own, so that two
// apps in one process never count each other's requests.
const ownStores = new WeakMap<AppDeps, LimitStore>()

/** The store the app was given at boot (memory alone; Redis when scaled). */
export function limitStoreOf(deps: AppDeps): LimitStore {
  if (deps.limits) return deps.limits
  let store = ownStores.get(deps)
  if (!store) ownStores.set(deps, (store = createMemoryLimitStore()))
  return store
}

function limit(
  name: string,
  points: number,
  windowMs: number,
  key: (c: Context<AppEnv>) => string,
  message: string,
): MiddlewareHandler<AppEnv> {
  const windowS = Math.round(windowMs / 1000)
  return async (c, next) => {
    const { deps } = c.var
    if (!deps.config.rateLimit) return next()
    const limiter = limitStoreOf(deps).limiter(name, points, windowMs)
    let state: RateLimiterRes
    try {
      state = await limiter.consume(key(c))
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) throw rejected
      const reset = Math.ceil(rejected.msBeforeNext / 1000)
      c.header('RateLimit-Policy', `${points};w=${windowS}`)
      c.header('RateLimit', `limit=${points}, remaining=0, reset=${reset}`)
      c.header('Retry-After', String(reset))
      return c.json(errorBody('rate_limited', message), 429)
    }
    c.header('RateLimit-Policy', `${points};w=${windowS}`)
    c.header(
      'RateLimit',
      `limit=${points}, remaining=${state.remainingPoints}, reset=${Math.ceil(state.msBeforeNext / 1000)}`,
    )
    return next()
  }
}

/** A per-client limit (the address, behind trusted proxies the forwarded one) for sign-in routes. */
export function limitPerClient(name: string, points: number, windowMs: number) {
  return limit(
    name,
    points,
    windowMs,
    (c) => `client:${clientAddress(c)}`,
    'Too many attempts. Wait a minute and try again.',
  )
}

/** A per-user limit, for signed-in routes that cost the machine (runs, assistant turns). */
export function limitPerUser(name: string, points: number, windowMs: number) {
  return limit(
    name,
    points,
    windowMs,
    (c) => {
      const user = c.var.user
      return user ? `user:${user.id}` : `client:${clientAddress(c)}`
    },
    'You are going too fast. Wait a minute and try again.',
  )
}
