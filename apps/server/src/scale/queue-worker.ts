// The worker side of the shared queue: takes runs from BullMQ and executes them with the sandbox runner.
import os from 'node:os'
import type { QueueConfig } from '../config.ts'
import type { Logger } from '../logger.ts'
import { CoreSlots, runWeight } from '../runner/run-weight.ts'
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
  // A worker has as many cores as runs of one thread; a Java run holds two of them (javac and the
  // JVM's JIT threads work beside the program: run-weight.ts). BullMQ hands it up to `concurrency`
  // jobs, and a job that finds too few cores free waits here, first come first served.
  const concurrency = config.workerConcurrency ?? os.availableParallelism()
  const cores = new CoreSlots(concurrency)
  const worker = new Worker<RunJobData, RunJobResult>(
    RUN_QUEUE_NAME,
    async (job) => {
      const weight = runWeight(job.data.language, concurrency)
      await cores.acquire(weight)
      try {
        return stripExpected(await runner.run(job.data))
      } finally {
        cores.release(weight)
      }
    },
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
