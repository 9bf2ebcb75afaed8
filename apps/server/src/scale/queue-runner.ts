// The API side of the shared queue: a Runner whose runs go to `pairwise worker` processes via BullMQ.
import { randomUUID } from 'node:crypto'
import type { RunResult } from '@pairwise/shared'
import type { QueueConfig } from '../config.ts'
import type { Logger } from '../logger.ts'
import type { Runner, RunnerKind, RunRequest } from '../runner/types.ts'
import {
  EVENTS_MAX_LEN,
  JOB_OPTIONS,
  redisConnection,
  restoreExpected,
  RUN_QUEUE_NAME,
  type RunJobData,
  type RunJobResult,
} from './queue-protocol.ts'

/** The queue did not answer in time, or could not be reached; the route answers 503. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError'
  readonly code = 'queue_unavailable'
}

/** The worker could not run the job (not the candidate's code failing: that is a result). */
export class QueueJobFailedError extends Error {
  override readonly name = 'QueueJobFailedError'
  readonly code = 'run_failed'
}

interface Pending {
  resolve: (answer: RunJobResult) => void
  reject: (error: Error) => void
}

export interface QueueRunner extends Runner {
  /** Jobs this process is waiting for. */
  readonly waiting: number
  close(): Promise<void>
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The run was cancelled.', 'AbortError')
}

/**
 * One Queue (to add and remove jobs) and one QueueEvents (one blocking XREAD for every result) per
 * API process. A pending entry is registered before the job is added, so a result that arrives at
 * once is never missed; every wait is bounded by `waitMs`, so a lost job or a Redis outage ends
 * in a clear 503, never a hung request.
 */
export async function createQueueRunner(
  config: QueueConfig,
  kind: RunnerKind,
  log: Logger,
): Promise<QueueRunner> {
  // Imported here so that a server without PAIRWISE_QUEUE_URL never loads bullmq at all.
  const { Queue, QueueEvents } = await import('bullmq')
  const queue = new Queue<RunJobData, RunJobResult>(RUN_QUEUE_NAME, {
    connection: redisConnection(config.url, { failFast: true }),
    prefix: config.prefix,
    streams: { events: { maxLen: EVENTS_MAX_LEN } },
    defaultJobOptions: JOB_OPTIONS,
  })
  const events = new QueueEvents(RUN_QUEUE_NAME, {
    connection: redisConnection(config.url, { failFast: false }),
    prefix: config.prefix,
  })
  const pending = new Map<string, Pending>()
  events.on('completed', ({ jobId, returnvalue }) => {
    pending.get(jobId)?.resolve(returnvalue as unknown as RunJobResult)
  })
  events.on('failed', ({ jobId, failedReason }) => {
    pending
      .get(jobId)
      ?.reject(new QueueJobFailedError(`The run failed on a worker: ${failedReason}`))
  })
  queue.on('error', (err) => log.warn({ err: err.message }, 'run queue: Redis error'))
  events.on('error', (err) => log.warn({ err: err.message }, 'run queue events: Redis error'))
  await events.waitUntilReady()

  async function run(request: RunRequest): Promise<RunResult> {
    const { signal, ...data } = request
    if (signal?.aborted) throw abortReason(signal)
    const jobId = request.runId ?? randomUUID()
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    const answer = new Promise<RunJobResult>((resolve, reject) => {
      pending.set(jobId, { resolve, reject })
      timer = setTimeout(() => {
        reject(
          new QueueUnavailableError(
            `The run did not finish within ${Math.round(config.waitMs / 1000)} s: the run queue ` +
              'is down or overloaded. Try again in a minute.',
          ),
        )
        // A job nobody waits for any more should not run later.
        void queue.remove(jobId).catch(() => undefined)
      }, config.waitMs)
      onAbort = () => {
        reject(abortReason(signal as AbortSignal))
        // Removes the job only while it waits; a locked (running) job is left to finish.
        void queue.remove(jobId).catch(() => undefined)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })
    try {
      try {
        await queue.add('run', data, { jobId })
      } catch (err) {
        throw new QueueUnavailableError(
          `The run queue cannot be reached (${(err as Error).message}). Try again in a minute.`,
        )
      }
      return restoreExpected(await answer, request.cases)
    } finally {
      clearTimeout(timer)
      if (onAbort) signal?.removeEventListener('abort', onAbort)
      pending.delete(jobId)
      // The answer may be settled by now (a failed add); its rejection must not go unhandled.
      answer.catch(() => undefined)
    }
  }

  return {
    kind,
    run,
    get waiting() {
      return pending.size
    },
    async close() {
      for (const [, p] of pending)
        p.reject(new QueueUnavailableError('The server is shutting down.'))
      await Promise.allSettled([events.close(), queue.close()])
    },
  }
}
