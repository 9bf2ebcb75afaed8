// Runs through the shared queue under a per-user cap that every API process counts together.
import type { RunResult } from '@pairwise/shared'
import { RunQueueFullError } from '../runner/run-queue.ts'
import type { RunRequest } from '../runner/types.ts'
import type { InFlightCap } from './limit-store.ts'
import type { QueueRunner } from './queue-runner.ts'

export class SharedRunQueue {
  constructor(
    private readonly runner: QueueRunner,
    private readonly cap: InFlightCap,
    readonly perUserLimit: number,
  ) {}

  /** Workers bound how many run at once; this process only waits. */
  get queued(): number {
    return this.runner.waiting
  }

  async run(userId: string, request: RunRequest): Promise<RunResult> {
    if (!(await this.cap.acquire(userId))) throw new RunQueueFullError(userId, this.perUserLimit)
    try {
      return await this.runner.run(request)
    } finally {
      await this.cap.release(userId)
    }
  }
}
