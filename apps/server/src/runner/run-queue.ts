// Bounds how many runs execute at once (the rest wait, first come first served) and per user.
import type { RunResult } from '@pairwise/shared'
import os from 'node:os'
import type { Runner, RunRequest } from './types.ts'

export interface RunQueueOptions {
  /** Runs executing at once; default os.availableParallelism(). */
  concurrency?: number
  /** Runs one user may have queued or running; default 3. */
  perUserLimit?: number
}

/** The user already has as many runs in flight as allowed; the route answers 429. */
export class RunQueueFullError extends Error {
  override readonly name = 'RunQueueFullError'
  readonly code = 'run_limit'
  constructor(
    readonly userId: string,
    readonly limit: number,
  ) {
    super(`At most ${limit} runs may be queued or running at once; wait for one to finish.`)
  }
}

interface Waiter {
  start: () => void
  cancel: () => void
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The run was cancelled.', 'AbortError')
}

export class RunQueue {
  readonly concurrency: number
  readonly perUserLimit: number
  private active = 0
  private readonly waiting: Waiter[] = []
  private readonly inFlight = new Map<string, number>()

  constructor(
    private readonly runner: Runner,
    options: RunQueueOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? os.availableParallelism())
    this.perUserLimit = Math.max(1, options.perUserLimit ?? 3)
  }

  /** Runs executing now. */
  get running(): number {
    return this.active
  }

  /** Runs waiting for a slot. */
  get queued(): number {
    return this.waiting.length
  }

  /** Queues the run for the user; rejects with RunQueueFullError past the user's cap. */
  async run(userId: string, request: RunRequest): Promise<RunResult> {
    const count = this.inFlight.get(userId) ?? 0
    if (count >= this.perUserLimit) throw new RunQueueFullError(userId, this.perUserLimit)
    this.inFlight.set(userId, count + 1)
    try {
      await this.acquire(request.signal)
      try {
        return await this.runner.run(request)
      } finally {
        this.release()
      }
    } finally {
      const left = (this.inFlight.get(userId) ?? 1) - 1
      if (left > 0) this.inFlight.set(userId, left)
      else this.inFlight.delete(userId)
    }
  }

  private acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal))
    if (this.active < this.concurrency) {
      this.active += 1
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => waiter.cancel()
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort)
          this.active += 1
          resolve()
        },
        cancel: () => {
          const at = this.waiting.indexOf(waiter)
          if (at >= 0) this.waiting.splice(at, 1)
          if (signal) reject(abortReason(signal))
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(waiter)
    })
  }

  private release(): void {
    this.active -= 1
    this.waiting.shift()?.start()
  }
}
