// Where rate limits and the in-flight run cap keep their counts: this process, or a shared Redis.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import type { Config } from '../config.ts'
import type { Logger } from '../logger.ts'

/** Counts runs a user has queued or running; `acquire` is false past the cap. */
export interface InFlightCap {
  acquire(userId: string): Promise<boolean>
  release(userId: string): Promise<void>
}

export interface LimitStore {
  readonly kind: 'memory' | 'redis'
  /** A fixed window of `points` per `windowMs` under `name`, shared by all processes on the store. */
  limiter(name: string, points: number, windowMs: number): RateLimiterAbstract
  /** At most `limit` at once per user; a slot left by a dead process frees itself after `holdMs`. */
  inFlightCap(name: string, limit: number, holdMs: number): InFlightCap
  close(): Promise<void>
}

function cached<T>(build: (key: string) => T) {
  const made = new Map<string, T>()
  return (key: string) => {
    let value = made.get(key)
    if (value === undefined) made.set(key, (value = build(key)))
    return value
  }
}

export function createMemoryLimitStore(): LimitStore {
  const limiter = cached((key) => {
    const [, points = '0', windowMs = '0'] = key.split('|')
    return new RateLimiterMemory({ points: Number(points), duration: Number(windowMs) / 1000 })
  })
  const counts = new Map<string, number>()
  return {
    kind: 'memory',
    limiter: (name, points, windowMs) => limiter(`${name}|${points}|${windowMs}`),
    inFlightCap(name, limit) {
      return {
        async acquire(userId) {
          const key = `${name}:${userId}`
          const n = counts.get(key) ?? 0
          if (n >= limit) return false
          counts.set(key, n + 1)
          return true
        },
        async release(userId) {
          const key = `${name}:${userId}`
          const n = (counts.get(key) ?? 1) - 1
          if (n > 0) counts.set(key, n)
          else counts.delete(key)
        },
      }
    },
    async close() {},
  }
}

// One round trip each, atomic: INCR and refresh the safety expiry, or give the slot back at once.
const ACQUIRE = `local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if n > tonumber(ARGV[1]) then redis.call('DECR', KEYS[1]) return 0 end
return 1`
// Never below zero: a slot that already expired must not turn into an extra one.
const RELEASE = `local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n <= 1 then redis.call('DEL', KEYS[1]) else redis.call('DECR', KEYS[1]) end
return 1`

/**
 * Redis-backed limits for several API processes. Each limiter has a memory "insurance" limiter
 * that counts in this process while Redis is unreachable, so an outage neither opens the gates
 * nor shuts everyone out.
 */
export async function createRedisLimitStore(
  url: string,
  prefix: string,
  log: Logger,
): Promise<LimitStore> {
  // Imported here so that a single-process server never loads a Redis client.
  const { Redis } = await import('ioredis')
  // Rate-limiter-flexible asks for no offline queue: a command fails at once and the insurance
  // limiter answers, instead of requests piling up behind a dead connection.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  redis.on('error', (err: Error) => log.warn({ err: err.message }, 'limits: Redis error'))
  await new Promise<void>((resolve, reject) => {
    redis.once('ready', resolve)
    redis.once('error', reject)
  })
  const limiter = cached((key) => {
    const [name = '', points = '0', windowMs = '0'] = key.split('|')
    const duration = Number(windowMs) / 1000
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:rl:${name}`,
      points: Number(points),
      duration,
      insuranceLimiter: new RateLimiterMemory({ points: Number(points), duration }),
    })
  })
  const fallback = createMemoryLimitStore()
  return {
    kind: 'redis',
    limiter: (name, points, windowMs) => limiter(`${name}|${points}|${windowMs}`),
    inFlightCap(name, limit, holdMs) {
      const local = fallback.inFlightCap(name, limit, holdMs)
      const key = (userId: string) => `${prefix}:cap:${name}:${userId}`
      // Where a slot was taken, so that it is given back to the same store.
      const takenLocally = new Map<string, number>()
      return {
        async acquire(userId) {
          try {
            return (await redis.eval(ACQUIRE, 1, key(userId), limit, holdMs)) === 1
          } catch (err) {
            log.warn({ err: (err as Error).message }, 'in-flight cap: Redis down, counting here')
            if (!(await local.acquire(userId))) return false
            takenLocally.set(userId, (takenLocally.get(userId) ?? 0) + 1)
            return true
          }
        },
        async release(userId) {
          const here = takenLocally.get(userId) ?? 0
          if (here > 0) {
            if (here > 1) takenLocally.set(userId, here - 1)
            else takenLocally.delete(userId)
            return local.release(userId)
          }
          // A slot not given back frees itself after holdMs.
          await redis.eval(RELEASE, 1, key(userId)).catch(() => undefined)
        },
      }
    },
    async close() {
      redis.disconnect()
    },
  }
}

export async function createLimitStore(config: Config, log: Logger): Promise<LimitStore> {
  if (!config.queue) return createMemoryLimitStore()
  return createRedisLimitStore(config.queue.url, config.queue.prefix, log)
}
