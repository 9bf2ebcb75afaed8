// The pool of processes started ahead of their runs: each is taken once, the pool refills behind
// a take up to its bounds, a spec nobody asks for ends, and a dead process is never handed out.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/runner/index.ts'
import type { ProcessOutcome, StartedProcess } from '../../src/runner/supervised-process.ts'
import { WarmPool, type WarmProcess, type WarmSpec } from '../../src/runner/warm-pool.ts'

/** A stand-in for a started sandbox: ready at once, and ended when killed. */
function fakeProcess(id: number) {
  let end: (outcome: ProcessOutcome) => void = () => undefined
  const ended = new Promise<ProcessOutcome>((resolve) => (end = resolve))
  let alive = true
  const state = { id, held: true, discarded: false }
  const process: StartedProcess = {
    ready: Promise.resolve(true),
    ended,
    get alive() {
      return alive
    },
    run: () => ended,
    kill() {
      alive = false
      end({
        exitCode: null,
        signal: 'SIGKILL',
        stdout: '',
        stderr: '',
        results: '',
        stoppedBy: null,
        durationMs: 0,
      })
    },
    hold(held) {
      state.held = held
    },
  }
  const warm: WarmProcess & { state: typeof state } = {
    state,
    folder: { hostDir: `/tmp/${id}`, jobPath: '/job/job.json', remove: async () => undefined },
    cgroup: null,
    process,
    async discard() {
      state.discarded = true
      process.kill()
      await ended
    },
  }
  return warm
}

function pool(options: ConstructorParameters<typeof WarmPool>[1] = {}) {
  const started: ReturnType<typeof fakeProcess>[] = []
  const warmPool = new WarmPool(async () => {
    const warm = fakeProcess(started.length)
    started.push(warm)
    return warm
  }, options)
  return { warmPool, started }
}

const torch: WarmSpec = { preload: ['torch'], limits: { ...DEFAULT_LIMITS } }
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  vi.useRealTimers()
})

describe('the warm pool', () => {
  it('starts one for the first run and keeps two more ready behind it', async () => {
    const { warmPool, started } = pool()
    const first = await warmPool.take(torch)
    await settle()
    expect(first.process.alive).toBe(true)
    expect(started).toHaveLength(3)
    expect(warmPool.size).toBe(2)
    // Waiting ones let the server exit; a taken one is held like any run.
    expect(started.slice(1).map((warm) => warm.state.held)).toEqual([false, false])
    expect(started[0]?.state.held).toBe(true)
  })

  it('hands each process to one run only, and refills behind every take', async () => {
    const { warmPool, started } = pool()
    const taken = [await warmPool.take(torch), await warmPool.take(torch)]
    await settle()
    taken.push(await warmPool.take(torch))
    await settle()
    expect(new Set(taken).size).toBe(3)
    expect(warmPool.size).toBe(2)
    expect(started).toHaveLength(5)
    expect(taken.every((warm) => warm.process.alive)).toBe(true)
  })

  it('keeps processes apart per libraries and limits, within the total', async () => {
    const { warmPool } = pool({ perSpec: 2, total: 3 })
    await warmPool.take(torch)
    await warmPool.take({ ...torch, limits: { ...DEFAULT_LIMITS, memoryMb: 1024 } })
    await settle()
    expect(warmPool.size).toBe(3)
    const other = await warmPool.take({ preload: ['sklearn'], limits: { ...DEFAULT_LIMITS } })
    expect(other.process.alive).toBe(true)
    expect(warmPool.size).toBeLessThanOrEqual(3)
  })

  it('drops a waiting process that died, so no run is given it', async () => {
    const { warmPool, started } = pool({ perSpec: 1 })
    await warmPool.take(torch)
    await settle()
    const waiting = started[1]
    expect(waiting).toBeDefined()
    waiting?.process.kill()
    await settle()
    expect(waiting?.state.discarded).toBe(true)
    const next = await warmPool.take(torch)
    expect(next).not.toBe(waiting)
    expect(next.process.alive).toBe(true)
  })

  it('ends the processes of a spec no run asked for in its idle time', async () => {
    vi.useFakeTimers()
    const { warmPool, started } = pool({ idleMs: 1_000 })
    await warmPool.take(torch)
    await vi.advanceTimersByTimeAsync(0)
    expect(warmPool.size).toBe(2)
    await vi.advanceTimersByTimeAsync(1_001)
    expect(warmPool.size).toBe(0)
    expect(started.slice(1).every((warm) => warm.state.discarded)).toBe(true)
    // The taken one is its run's to end, not the pool's.
    expect(started[0]?.state.discarded).toBe(false)
  })

  it('ends every waiting process when closed, and refuses takes after', async () => {
    const { warmPool, started } = pool()
    await warmPool.take(torch)
    await settle()
    await warmPool.close()
    expect(started.slice(1).every((warm) => warm.state.discarded)).toBe(true)
    await expect(warmPool.take(torch)).rejects.toThrow(/closed/)
  })
})
