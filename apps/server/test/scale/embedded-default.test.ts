// Without PAIRWISE_QUEUE_URL nothing of the scaled deployment loads; with SQLite it is refused.
import { describe, expect, it, vi } from 'vitest'
import { assertDeployable, loadConfig, testConfig } from '../../src/config.ts'
import { createLogger } from '../../src/logger.ts'

const loaded = vi.hoisted(() => ({ bullmq: 0, ioredis: 0 }))
vi.mock('bullmq', () => {
  loaded.bullmq += 1
  throw new Error('bullmq was imported')
})
vi.mock('ioredis', () => {
  loaded.ioredis += 1
  throw new Error('ioredis was imported')
})

describe('the embedded default', () => {
  it(
    'builds every service without importing bullmq or a Redis client',
    { timeout: 90_000 },
    async () => {
      const { createServices } = await import('../../src/services.ts')
      const services = await createServices(testConfig(), createLogger('silent'))
      expect(services.limits?.kind).toBe('memory')
      expect(services.runner?.queue).toBeDefined()
      await services.close?.()
      expect(loaded).toEqual({ bullmq: 0, ioredis: 0 })
    },
  )

  it('does import bullmq once a queue URL is set (the check above can fail)', async () => {
    const { createQueueRunner } = await import('../../src/scale/queue-runner.ts')
    await expect(
      createQueueRunner(
        { url: 'redis://127.0.0.1:1', prefix: 'x', waitMs: 1000, workerConcurrency: 1 },
        'sandbox',
        createLogger('silent'),
      ),
    ).rejects.toThrow()
    expect(loaded.bullmq).toBe(1)
  })

  it('refuses PAIRWISE_QUEUE_URL with SQLite at boot, saying why', () => {
    const config = loadConfig({ NODE_ENV: 'test', PAIRWISE_QUEUE_URL: 'redis://127.0.0.1:6379' })
    expect(() => assertDeployable(config)).toThrow(/needs?|must share one database.*postgres/s)
    const scaled = loadConfig({
      NODE_ENV: 'test',
      PAIRWISE_QUEUE_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'postgres://db/pairwise',
    })
    expect(() => assertDeployable(scaled)).not.toThrow()
    expect(scaled.queue).toMatchObject({ url: 'redis://127.0.0.1:6379', prefix: 'pairwise' })
  })

  it('rejects a queue URL that is not Redis', () => {
    expect(() => loadConfig({ PAIRWISE_QUEUE_URL: 'http://x' })).toThrow(/PAIRWISE_QUEUE_URL/)
  })
})
