// The shared queue: runs reach a worker and come back, leave nothing behind, and never hang.
import type { RunResult } from '@pairwise/shared'
import { afterEach, describe, expect, it } from 'vitest'
import type { QueueConfig } from '../../src/config.ts'
import { createLogger } from '../../src/logger.ts'
import type { Runner, RunRequest } from '../../src/runner/index.ts'
import { createQueueRunner, QueueUnavailableError } from '../../src/scale/queue-runner.ts'
import { startRunWorker } from '../../src/scale/queue-worker.ts'
import {
  countKeys,
  dropPrefix,
  REDIS_AVAILABLE,
  TEST_REDIS_URL,
  testPrefix,
} from '../helpers/redis.ts'

const log = createLogger('silent')

/** Grades like the real runners: a case passes when the code (a number) equals its expected. */
const gradingRunner: Runner = {
  kind: 'sandbox',
  run: async (request) => {
    const value = Number(request.code)
    return {
      status: 'passed',
      tests: request.cases.map((c) => ({
        name: c.name,
        passed: 'expected' in c && c.expected === value,
        expected: 'expected' in c ? c.expected : undefined,
        actual: value,
        ...(c.visible ? {} : { hidden: true }),
      })),
      stdout: `ran ${request.code}`,
      stderr: '',
      durationMs: 1,
    } satisfies RunResult
  },
}

function request(code: string, extra: Partial<RunRequest> = {}): RunRequest {
  return {
    language: 'python',
    code,
    functionName: 'f',
    cases: [
      { name: 'shown', args: [], expected: 42, visible: true },
      { name: 'secret', args: [], expected: 7, visible: false },
    ],
    ...extra,
  }
}

describe.skipIf(!REDIS_AVAILABLE)('QueueRunner and worker (BullMQ on Redis)', () => {
  const closers: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close()
  })

  async function setUp(waitMs = 20_000) {
    const config: QueueConfig = {
      url: TEST_REDIS_URL,
      prefix: testPrefix(),
      waitMs,
      workerConcurrency: 2,
    }
    closers.push(() => dropPrefix(config.prefix))
    const runner = await createQueueRunner(config, 'sandbox', log)
    closers.push(() => runner.close())
    const startWorker = async (inner: Runner = gradingRunner) => {
      const worker = await startRunWorker(config, inner, log)
      closers.push(() => worker.close())
      return worker
    }
    return { config, runner, startWorker }
  }

  it('runs a job on a worker and answers with the whole result, expected values included', async () => {
    const { runner, startWorker } = await setUp()
    await startWorker()
    const result = await runner.run(request('42', { runId: 'run-a' }))
    expect(result.stdout).toBe('ran 42')
    expect(result.tests).toEqual([
      { name: 'shown', passed: true, expected: 42, actual: 42 },
      { name: 'secret', passed: false, expected: 7, actual: 42, hidden: true },
    ])
  })

  it('holds two of its cores for a Java run: never more runs at once than the cores allow', async () => {
    const { runner, startWorker } = await setUp()
    let cores = 0
    let most = 0
    const order: string[] = []
    const weighing: Runner = {
      kind: 'sandbox',
      run: async (r) => {
        const weight = r.language === 'java' ? 2 : 1
        cores += weight
        most = Math.max(most, cores)
        order.push(r.code)
        await new Promise((resolve) => setTimeout(resolve, 150))
        cores -= weight
        return gradingRunner.run(r)
      },
    }
    await startWorker(weighing)
    await Promise.all([
      runner.run(request('1', { language: 'java' })),
      runner.run(request('2')),
      runner.run(request('3', { language: 'java' })),
      runner.run(request('4')),
      runner.run(request('5')),
    ])
    // Two cores (workerConcurrency 2): a Java run never shares them.
    expect(most).toBe(2)
    expect(order.sort()).toEqual(['1', '2', '3', '4', '5'])
  })

  it('leaves no job data or result in Redis once a run is done', async () => {
    const { config, runner, startWorker } = await setUp()
    await startWorker()
    await Promise.all(['1', '2', '3'].map((code) => runner.run(request(code))))
    const keys = await countKeys(config.prefix)
    // Only the queue's own bookkeeping stays (meta, id counter, events stream): no job hashes.
    expect(keys.filter((k) => /:runs:[0-9a-f-]{8,}$|:runs:run-/.test(k))).toEqual([])
    expect(keys.every((k) => /:runs:(meta|id|events|stalled-check|marker)$/.test(k))).toBe(true)
    // Results pass through the events stream without their expected values.
    const { Redis } = await import('ioredis')
    const redis = new Redis(TEST_REDIS_URL)
    const entries = JSON.stringify(await redis.xrange(`${config.prefix}:runs:events`, '-', '+'))
    redis.disconnect()
    expect(entries).toContain('ran 2')
    expect(entries).not.toContain('expected')
  })

  it('removes a waiting job when its client goes away, so no worker runs it later', async () => {
    const { config, runner, startWorker } = await setUp()
    const controller = new AbortController()
    const pending = runner.run(request('5', { runId: 'gone', signal: controller.signal }))
    // Let the add reach Redis before the client leaves.
    await new Promise((r) => setTimeout(r, 300))
    controller.abort()
    await expect(pending).rejects.toThrow()
    const ran: string[] = []
    await startWorker({
      kind: 'sandbox',
      run: async (r) => {
        ran.push(r.code)
        return gradingRunner.run(r)
      },
    })
    await runner.run(request('6'))
    expect(ran).toEqual(['6'])
    expect(await countKeys(config.prefix)).not.toContain(`${config.prefix}:runs:gone`)
  })

  it('answers a clear error within its bound when no worker takes the job', async () => {
    const { runner } = await setUp(1_500)
    const started = Date.now()
    const error = await runner.run(request('9')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(QueueUnavailableError)
    expect((error as Error).message).toMatch(/did not finish within 2 s/)
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('re-runs a job whose worker died, and answers once', async () => {
    const { runner, startWorker } = await setUp()
    let calls = 0
    // The first worker "dies": its run never ends and its lock is never renewed again.
    const dying = await startWorker({
      kind: 'sandbox',
      run: () => {
        calls += 1
        return new Promise(() => undefined)
      },
    })
    const answer = runner.run(request('42', { runId: 'survivor' }))
    while (calls === 0) await new Promise((r) => setTimeout(r, 50))
    // Closed without finishing its run, like a process killed mid-job: its lock lapses.
    await dying.close(true)
    await startWorker()
    const result = await answer
    expect(result.tests[0]).toMatchObject({ name: 'shown', passed: true })
  }, 30_000)
})
