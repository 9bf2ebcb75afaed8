// How many cores a run keeps busy, and a first-come-first-served pool of cores to hold them.
import type { Language } from '@pairwise/shared'

/**
 * Cores a run of each language keeps busy. Python, TypeScript and C++ run one thread (g++
 * compiles on one, then the program runs on one). Java runs javac and then a JVM whose JIT
 * compiler threads (CICompilerCount=2) work beside the program: about two cores while it warms up.
 */
const WEIGHTS: Partial<Record<Language, number>> = { java: 2 }

/** The cores a run of `language` holds, never more than the pool has (a 1-core worker still runs Java). */
export function runWeight(language: Language, capacity: number): number {
  return Math.min(capacity, WEIGHTS[language] ?? 1)
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The run was cancelled.', 'AbortError')
}

interface Waiter {
  weight: number
  start: () => void
  cancel: () => void
}

/**
 * `capacity` cores shared by runs of different weights. Strictly first come, first served: a
 * Java run waiting for two cores is not overtaken by later one-core runs, so it never starves.
 */
export class CoreSlots {
  private used = 0
  private readonly waiting: Waiter[] = []

  constructor(readonly capacity: number) {}

  /** Cores held by running runs. */
  get busy(): number {
    return this.used
  }

  /** Runs waiting for cores. */
  get queued(): number {
    return this.waiting.length
  }

  acquire(weight: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal))
    if (this.waiting.length === 0 && this.used + weight <= this.capacity) {
      this.used += weight
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => waiter.cancel()
      const waiter: Waiter = {
        weight,
        start: () => {
          signal?.removeEventListener('abort', onAbort)
          this.used += weight
          resolve()
        },
        cancel: () => {
          const at = this.waiting.indexOf(waiter)
          if (at >= 0) this.waiting.splice(at, 1)
          if (signal) reject(abortReason(signal))
          // The head may have been what held the others back.
          this.startWaiting()
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(waiter)
    })
  }

  release(weight: number): void {
    this.used -= weight
    this.startWaiting()
  }

  private startWaiting(): void {
    for (;;) {
      const head = this.waiting[0]
      if (!head || this.used + head.weight > this.capacity) return
      this.waiting.shift()
      head.start()
    }
  }
}
