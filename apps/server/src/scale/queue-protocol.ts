// What API processes and `pairwise worker` processes agree on: the queue's name, a job's data, timings.
import type { RunResult, TestCase } from '@pairwise/shared'
import type { RunRequest } from '../runner/types.ts'

export const RUN_QUEUE_NAME = 'runs'

/** A run as it travels through Redis: the request without its (process-local) abort signal. */
export type RunJobData = Omit<RunRequest, 'signal'>

/**
 * A worker renews its lock every lockDuration / 2 while a run executes (the run is child processes,
 * so the event loop is free to do so); a killed worker's lock lapses after lockDuration, and the
 * next stalled check (every stalledInterval, by any live worker) puts the job back to wait.
 */
export const WORKER_TIMINGS = {
  lockDurationMs: 4_000,
  stalledIntervalMs: 2_000,
  /** A job whose worker died twice more is failed rather than run a fourth time. */
  maxStalledCount: 2,
} as const

/** The job's hash (data with hidden cases and expected values, and the result) leaves Redis when done. */
export const JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: true,
  attempts: 1,
} as const

/** Redis connection options shared by every BullMQ client here (ioredis options). */
export function redisConnection(url: string, { failFast }: { failFast: boolean }) {
  return {
    url,
    // Blocking clients (workers, QueueEvents) must retry forever; BullMQ requires null here.
    maxRetriesPerRequest: null,
    // A producer fails at once while Redis is down, so the API answers 503 instead of waiting.
    enableOfflineQueue: !failFast,
    retryStrategy: (times: number) => Math.min(200 * times, 2_000),
  }
}

/** The events stream holds recent results only; its entries are trimmed to about this many. */
export const EVENTS_MAX_LEN = 1_000

/**
 * A worker's answer. Expected values are taken out of the result before it goes through Redis (the
 * events stream keeps recent results for a while) and put back by the API, which has the cases.
 */
export interface RunJobResult {
  result: RunResult
  /** Indices of tests whose `expected` was taken out. */
  stripped: number[]
}

export function stripExpected(result: RunResult): RunJobResult {
  const stripped: number[] = []
  const tests = result.tests.map((test, index) => {
    if (!('expected' in test)) return test
    stripped.push(index)
    const { expected: _expected, ...rest } = test
    return rest
  })
  return { result: { ...result, tests }, stripped }
}

export function restoreExpected(answer: RunJobResult, cases: TestCase[]): RunResult {
  const byName = new Map(cases.map((c) => [c.name, c]))
  const tests = answer.result.tests.map((test, index) => {
    const source = answer.stripped.includes(index) ? byName.get(test.name) : undefined
    if (!source) return test
    const expected = 'script' in source ? source.expectedOutput : source.expected
    return { ...test, expected }
  })
  return { ...answer.result, tests }
}
