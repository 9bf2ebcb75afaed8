// Finds the test Redis (TEST_REDIS_URL, else 127.0.0.1:6379); suites that need it skip without it.
import { randomBytes } from 'node:crypto'
import net from 'node:net'

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** True when a Redis answers PING at the URL within a second. */
export async function redisAnswers(url = TEST_REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

const available = await redisAnswers()
if (!available) {
  console.warn(
    `No Redis answers at ${TEST_REDIS_URL}: the shared-queue and shared-limit tests are skipped ` +
      '(CI runs them; start redis-server or set TEST_REDIS_URL to run them here).',
  )
}
export const REDIS_AVAILABLE = available

/** A key prefix of the test's own, so parallel suites and other users of the Redis never meet. */
export function testPrefix(): string {
  return `pwtest_${randomBytes(5).toString('hex')}`
}

/** Deletes every key under the prefix. */
export async function dropPrefix(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const { Redis } = await import('ioredis')
  const redis = new Redis(url)
  try {
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length) await redis.del(...keys)
  } finally {
    redis.disconnect()
  }
}

export async function countKeys(prefix: string, url = TEST_REDIS_URL): Promise<string[]> {
  const { Redis } = await import('ioredis')
  const redis = new Redis(url)
  try {
    return await redis.keys(`${prefix}:*`)
  } finally {
    redis.disconnect()
  }
}
