// The worker side of the shared queue: takes runs from BullMQ and executes them with the sandbox runner.
import os from 'node:os'
import type { QueueConfig } from '../config.ts'
import type { Logger } from '../logger.ts'
import type { Runner } from '../runner/types.ts'
import {
  RUN_QUEUE_NAME,
  redisConnection,
  stripExpected,
  WORKER_TIMINGS,
  type RunJobData,
  type RunJobResult,
} from './queue-protocol.ts'

export interface RunWorker {
  readonly concurrency: number
  /**
   * Finishes the runs in hand (a stopped worker takes no new ones), then disconnects; `force`
   * drops them instead, and their locks lapse as if the process had died.
   */
  close(force?: boolean): Promise<void>
}

export async function startRunWorker(
  config: QueueConfig,
  runner: Runner,
  log: Logger,
): Promise<RunWorker> {
  const { Worker } = await import('bullmq')
  // Every run is one sandboxed process tree that keeps a core busy; only interpreted languages exist
  // today, so each run weighs the same and a worker takes as many at once as it has cores.
  const concurrency = config.workerConcurrency ?? os.availableParallelism()
  const worker = new Worker<RunJobData, RunJobResult>(
    RUN_QUEUE_NAME,
    async (job) => stripExpected(await runner.run(job.data)),
    {
      connection: redisConnection(config.url, { failFast: false }),
      prefix: config.prefix,
      concurrency,
      lockDuration: WORKER_TIMINGS.lockDurationMs,
      stalledInterval: WORKER_TIMINGS.stalledIntervalMs,
      maxStalledCount: WORKER_TIMINGS.maxStalledCount,
      removeOnComplete: { count: 0 },
      removeOnFail: { count: 0 },
    },
  )
  worker.on('error', (err) => log.warn({ err: err.message }, 'worker: Redis error'))
  worker.on('failed', (job, err) => log.warn({ jobId: job?.id, err: err.message }, 'run failed'))
  worker.on('stalled', (jobId) => log.warn({ jobId }, 'a run stalled (its worker died); re-queued'))
  await worker.waitUntilReady()
  log.info({ concurrency, kind: runner.kind }, 'worker ready: taking runs from the queue')
  return {
    concurrency,
    close: (force) => worker.close(force),
  }
}
