// Bounds how many runs execute at once (the rest wait, first come first served) and per user.
import type { RunResult } from '@pairwise/shared'
import os from 'node:os'
import { CoreSlots, runWeight } from './run-weight.ts'
import type { Runner, RunRequest } from './types.ts'

export interface RunQueueOptions {
  /** Cores runs may keep busy at once; default os.availableParallelism(). */
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

export class RunQueue {
  readonly concurrency: number
  readonly perUserLimit: number
  private readonly slots: CoreSlots
  private readonly inFlight = new Map<string, number>()

  constructor(
    private readonly runner: Runner,
    options: RunQueueOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? os.availableParallelism())
    this.perUserLimit = Math.max(1, options.perUserLimit ?? 3)
    this.slots = new CoreSlots(this.concurrency)
  }

  /** Cores held by runs executing now (a Java run holds two: run-weight.ts). */
  get running(): number {
    return this.slots.busy
  }

  /** Runs waiting for cores. */
  get queued(): number {
    return this.slots.queued
  }

  /** Queues the run for the user; rejects with RunQueueFullError past the user's cap. */
  async run(userId: string, request: RunRequest): Promise<RunResult> {
    const count = this.inFlight.get(userId) ?? 0
    if (count >= this.perUserLimit) throw new RunQueueFullError(userId, this.perUserLimit)
    this.inFlight.set(userId, count + 1)
    try {
      const weight = runWeight(request.language, this.concurrency)
      await this.slots.acquire(weight, request.signal)
      try {
        return await this.runner.run(request)
      } finally {
        this.slots.release(weight)
      }
    } finally {
      const left = (this.inFlight.get(userId) ?? 1) - 1
      if (left > 0) this.inFlight.set(userId, left)
      else this.inFlight.delete(userId)
    }
  }
}
