// Polls /api/health while an attack request is in flight, to show the event loop stays free.
import type { TestApp } from './test-app.ts'

export interface Probed<T> {
  result: T
  /** Milliseconds each health answer took, for those sent while the attack was in flight. */
  health: number[]
  statuses: number[]
}

/**
 * Runs `attack` and, until it settles, asks /api/health every 50 ms (in the same process, so a
 * blocked event loop would hold every health answer until the attack ends).
 */
export async function whileProbingHealth<T>(
  t: TestApp,
  attack: () => Promise<T>,
): Promise<Probed<T>> {
  let settled = false
  const pending = attack().finally(() => {
    settled = true
  })
  const health: number[] = []
  const statuses: number[] = []
  while (!settled) {
    const started = performance.now()
    const res = await t.app.request('/api/health')
    health.push(performance.now() - started)
    statuses.push(res.status)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { result: await pending, health, statuses }
}

/** A generous bound: the attacks used to hold the loop for 1.5-21 s; health takes milliseconds. */
export const HEALTH_BOUND_MS = 2_000
