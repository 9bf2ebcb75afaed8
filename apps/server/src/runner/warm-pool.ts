// Sandboxed processes started ahead of their run, with the problem's slow libraries already
// imported (PyTorch takes ~1 s alone, and 3-4 s on a busy machine): a run takes one that is
// ready instead of paying the import. Each serves exactly one run, in a sandbox, job folder and
// cgroup of its own that no other run saw; it is started with that run's limits, and killed after.
import type { PythonPackage } from '@pairwise/shared'
import type { JobCgroup } from './cgroup.ts'
import type { JobFolder } from './job.ts'
import type { StartedProcess } from './supervised-process.ts'
import type { RunLimits } from './types.ts'

/** What a warm process is started for: runs with exactly these libraries and limits. */
export interface WarmSpec {
  preload: PythonPackage[]
  limits: RunLimits
}

/** A started sandbox waiting for its job, and what belongs to it. */
export interface WarmProcess {
  folder: JobFolder
  cgroup: JobCgroup | null
  process: StartedProcess
  /** Kills the process and removes its folder and cgroup (one nobody used, or after its run). */
  discard(): Promise<void>
}

export interface WarmPoolOptions {
  /** Processes kept ready (or starting) per spec: one graded run takes two, visible and hidden. */
  perSpec?: number
  /** Processes kept at most over every spec: each holds its libraries' memory while it waits. */
  total?: number
  /** A spec no run asked for in this long stops being kept warm, and its processes end. */
  idleMs?: number
}

/** The libraries whose import is slow enough to start ahead (numpy and SciPy take ~0.1 s). */
export const SLOW_IMPORTS: readonly PythonPackage[] = ['pandas', 'sklearn', 'torch']

export function wantsWarmStart(requires: readonly PythonPackage[] | undefined): boolean {
  return (requires ?? []).some((name) => SLOW_IMPORTS.includes(name))
}

interface Kept {
  spec: WarmSpec
  processes: Promise<WarmProcess>[]
  idleTimer: NodeJS.Timeout | null
}

function specKey(spec: WarmSpec): string {
  return JSON.stringify([[...spec.preload].sort(), spec.limits])
}

export class WarmPool {
  private readonly kept = new Map<string, Kept>()
  private readonly perSpec: number
  private readonly total: number
  private readonly idleMs: number
  private closed = false

  constructor(
    private readonly start: (spec: WarmSpec) => Promise<WarmProcess>,
    options: WarmPoolOptions = {},
  ) {
    this.perSpec = options.perSpec ?? 2
    this.total = options.total ?? 4
    this.idleMs = options.idleMs ?? 5 * 60_000
  }

  /** Processes kept now, ready or starting, over every spec. */
  get size(): number {
    let size = 0
    for (const kept of this.kept.values()) size += kept.processes.length
    return size
  }

  /**
   * A process for the spec: one kept warm when there is one (the oldest, likeliest ready), else
   * one started now; either way the pool starts another behind it.
   */
  async take(spec: WarmSpec): Promise<WarmProcess> {
    if (this.closed) throw new Error('the warm pool is closed')
    const key = specKey(spec)
    let kept = this.kept.get(key)
    if (!kept) {
      kept = { spec, processes: [], idleTimer: null }
      this.kept.set(key, kept)
    }
    this.scheduleIdle(key, kept)
    const taken = kept.processes.shift() ?? this.start(spec)
    this.refill(kept)
    const warm = await taken
    // Taken, it is a run's: the server waits for it like for any other run.
    warm.process.hold(true)
    return warm
  }

  /** Ends every kept process; runs already given theirs finish. */
  async close(): Promise<void> {
    this.closed = true
    const all = [...this.kept.values()]
    this.kept.clear()
    await Promise.all(
      all.flatMap((kept) => {
        if (kept.idleTimer) clearTimeout(kept.idleTimer)
        return kept.processes
          .splice(0)
          .map((p) => p.then((warm) => warm.discard()).catch(() => undefined))
      }),
    )
  }

  private refill(kept: Kept): void {
    while (!this.closed && kept.processes.length < this.perSpec && this.size < this.total) {
      const starting = this.start(kept.spec).then((warm) => {
        // While it waits, it must not keep a server (or a CLI) from exiting.
        warm.process.hold(false)
        // One that ends while it waits is dropped, so no run takes a dead process.
        void warm.process.ended.then(() => this.drop(kept, starting))
        return warm
      })
      starting.catch(() => this.drop(kept, starting))
      kept.processes.push(starting)
    }
  }

  /** Forgets a kept process that ended or failed to start (a taken one is its run's to clean). */
  private drop(kept: Kept, process: Promise<WarmProcess>): void {
    const at = kept.processes.indexOf(process)
    if (at < 0) return
    kept.processes.splice(at, 1)
    void process.then((warm) => warm.discard()).catch(() => undefined)
  }

  private scheduleIdle(key: string, kept: Kept): void {
    if (kept.idleTimer) clearTimeout(kept.idleTimer)
    kept.idleTimer = setTimeout(() => {
      if (this.kept.get(key) !== kept) return
      this.kept.delete(key)
      for (const process of kept.processes.splice(0)) {
        void process.then((warm) => warm.discard()).catch(() => undefined)
      }
    }, this.idleMs)
    kept.idleTimer.unref()
  }
}
