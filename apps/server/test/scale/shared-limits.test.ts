// Rate limits: the client behind trusted proxies only, and counts shared by every API process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { createRedisLimitStore, type LimitStore } from '../../src/scale/limit-store.ts'
import { DIALECTS } from '../helpers/dialects.ts'
import { dropPrefix, REDIS_AVAILABLE, TEST_REDIS_URL, testPrefix } from '../helpers/redis.ts'
import { createTestApp, jsonRequest, type TestApp } from '../helpers/test-app.ts'

const dialect = DIALECTS[0]!
const PROXY = '10.1.2.3'

/** A login attempt as it arrives on a socket from `peer`, with an optional X-Forwarded-For. */
async function login(t: TestApp, peer: string, forwardedFor?: string): Promise<number> {
  const init = jsonRequest('POST', { email: 'nobody@example.com', password: 'wrong password' })
  const headers = { ...(init.headers as Record<string, string>) }
  if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor
  const res = await t.app.request(
    '/api/auth/login',
    { ...init, headers },
    {
      incoming: { socket: { remoteAddress: peer } },
    },
  )
  if (res.status === 429) {
    const body = (await res.json()) as { error: { code: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
  }
  return res.status
}

describe('the client address behind proxies', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { rateLimit: true, trustedProxies: [PROXY, '10.9.0.0/16'] })
  })
  afterAll(async () => t.close())

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const statuses: number[] = []
    // A new spoofed address on every attempt would be a fresh budget if the header were believed.
    for (let i = 0; i < 12; i++) statuses.push(await login(t, '203.0.113.7', `198.51.100.${i}`))
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  it('limits each client behind a trusted proxy on its own', async () => {
    const first: number[] = []
    for (let i = 0; i < 11; i++) first.push(await login(t, PROXY, '192.0.2.10'))
    expect(first.at(-1)).toBe(429)
    // Another client through the same proxy (and a proxy of the trusted block) has its own budget.
    expect(await login(t, PROXY, '192.0.2.11')).toBe(401)
    expect(await login(t, '10.9.4.4', '192.0.2.12')).toBe(401)
    // A dual-stack socket shows the proxy as ::ffff:10.1.2.3; it is the same proxy.
    expect(await login(t, `::ffff:${PROXY}`, '192.0.2.10')).toBe(429)
  })

  it('believes only the hops our proxies wrote: a client-written left part changes nothing', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      statuses.push(await login(t, PROXY, `198.18.0.${i}, 192.0.2.20, 10.9.1.1`))
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})

describe.skipIf(!REDIS_AVAILABLE)('limits shared through Redis', () => {
  const prefix = testPrefix()
  const log = createLogger('silent')
  const stores: LimitStore[] = []
  const apps: TestApp[] = []
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const limits = await createRedisLimitStore(TEST_REDIS_URL, prefix, log)
      stores.push(limits)
      apps.push(await createTestApp(dialect, { rateLimit: true, services: { limits } }))
    }
  })
  afterAll(async () => {
    for (const t of apps) await t.close()
    for (const s of stores) await s.close()
    await dropPrefix(prefix)
  })

  it('admits exactly the limit across two API processes', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 16; i++) statuses.push(await login(apps[i % 2]!, '203.0.113.50'))
    expect(statuses.filter((s) => s === 401)).toHaveLength(10)
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true)
  })

  it('holds the per-user cap of runs in flight across processes', async () => {
    const [a, b] = stores.map((s) => s.inFlightCap('runs', 3, 60_000))
    expect([await a!.acquire('u1'), await b!.acquire('u1'), await a!.acquire('u1')]).toEqual([
      true,
      true,
      true,
    ])
    expect(await b!.acquire('u1')).toBe(false)
    expect(await a!.acquire('u2')).toBe(true)
    await a!.release('u1')
    expect(await b!.acquire('u1')).toBe(true)
    expect(await a!.acquire('u1')).toBe(false)
    // Releasing more than was taken never makes room for more than the cap.
    for (let i = 0; i < 6; i++) await b!.release('u1')
    const again = [1, 2, 3, 4].map(() => a!.acquire('u1'))
    expect(await Promise.all(again)).toEqual([true, true, true, false])
  })
})
