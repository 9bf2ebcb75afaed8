// The worker pool (piscina) for work whose cost grows with input: transpiling, scoring, the
// offline coach, growth fitting, zips. Each job has a time limit that starts when it starts
// running (not while it queues or while its worker loads models), a memory limit per worker, and
// a bounded queue; a job over a limit has its worker terminated and answers a clear AppError.
import { Piscina } from 'piscina'
import { AppError } from '../http/errors.ts'
import type { Logger } from '../logger.ts'
import {
  JOB_STARTED,
  JOB_TAKEN,
  type Job,
  type JobOutcome,
  type TaskInput,
  type TaskName,
  type TaskOutput,
} from './tasks.ts'

export interface WorkerPoolOptions {
  /** Threads kept alive (and warm); 0 lets an idle pool end, as the CLI wants. */
  minThreads: number
  maxThreads: number
  /** Jobs waiting for a thread before new ones are refused with 503 worker_busy. */
  maxQueue: number
  /** Old-generation heap per worker; a job that needs more is stopped (422). */
  memoryMb: number
  idleTimeoutMs: number
  /** How long a job may wait for a thread. */
  waitMs: number
  /** How long a worker may take to load a job's modules and models (the scorer's: seconds). */
  loadMs: number
  /** Per-job running time; defaults in JOB_TIME_LIMITS_MS. */
  timeLimitsMs: Partial<Record<TaskName, number>>
  log?: Logger
}

/** Generous next to normal inputs (milliseconds), small next to a stalled request. */
export const JOB_TIME_LIMITS_MS: Record<TaskName, number> = {
  transpile: 5_000,
  coachReply: 5_000,
  fitGrowth: 5_000,
  zipSet: 10_000,
  unzipSet: 10_000,
  scoreOffline: 20_000,
  parseClaim: 5_000,
  analysePosting: 10_000,
  warmUpScorer: 120_000,
}

/** What each job is called in an error message. */
const JOB_LABELS: Record<TaskName, string> = {
  transpile: 'Compiling the TypeScript',
  coachReply: "Composing the coach's reply",
  fitGrowth: 'Fitting the measured growth',
  zipSet: 'Writing the zip',
  unzipSet: 'Reading the zip',
  scoreOffline: 'Scoring the explanation',
  parseClaim: 'Reading the complexity claim',
  analysePosting: 'Reading the job posting',
  warmUpScorer: 'Loading the scorer',
}

export const DEFAULT_POOL_OPTIONS: WorkerPoolOptions = {
  minThreads: 1,
  maxThreads: 2,
  maxQueue: 32,
  memoryMb: 384,
  idleTimeoutMs: 60_000,
  waitMs: 60_000,
  loadMs: 120_000,
  timeLimitsMs: {},
}

type StopReason = 'time' | 'wait' | 'load'

class JobStopped extends Error {
  constructor(readonly why: StopReason) {
    super(why)
  }
}

export class WorkerPool {
  readonly options: WorkerPoolOptions
  readonly #pool: Piscina<Job, JobOutcome>
  #nextId = 1
  /** Jobs not yet running: their id -> what to do when a worker takes it, and starts it. */
  readonly #waiting = new Map<number, { taken: () => void; started: () => void }>()

  constructor(options: Partial<WorkerPoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL_OPTIONS, ...options }
    const o = this.options
    this.#pool = new Piscina<Job, JobOutcome>({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      minThreads: Math.min(o.minThreads, o.maxThreads),
      maxThreads: o.maxThreads,
      maxQueue: o.maxQueue,
      idleTimeout: o.idleTimeoutMs,
      resourceLimits: { maxOldGenerationSizeMb: o.memoryMb },
      // A terminated worker must not hold shutdown open.
      closeTimeout: 5_000,
    })
    this.#pool.on('message', (message: unknown) => {
      const m = message as Record<string, unknown> | null
      const taken = m?.[JOB_TAKEN]
      const started = m?.[JOB_STARTED]
      if (typeof taken === 'number') this.#waiting.get(taken)?.taken()
      if (typeof started === 'number') this.#waiting.get(started)?.started()
    })
    // A worker that dies between jobs (e.g. out of memory while idle) is replaced; log it.
    this.#pool.on('error', (err: unknown) => o.log?.error({ err }, 'worker pool: a worker failed'))
  }

  get threads(): number {
    return this.#pool.threads.length
  }

  async run<N extends TaskName>(
    name: N,
    input: TaskInput<N>,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<TaskOutput<N>> {
    const { signal } = options
    signal?.throwIfAborted()
    const id = this.#nextId++
    const limitMs = options.timeoutMs ?? this.options.timeLimitsMs[name] ?? JOB_TIME_LIMITS_MS[name]
    const stop = new AbortController()
    // Three clocks in turn: waiting for a thread, loading the job's models, running the job.
    const stopAfter = (why: StopReason, ms: number) =>
      setTimeout(() => stop.abort(new JobStopped(why)), ms)
    let clock = stopAfter('wait', this.options.waitMs)
    this.#waiting.set(id, {
      taken: () => {
        clearTimeout(clock)
        clock = stopAfter('load', this.options.loadMs)
      },
      started: () => {
        this.#waiting.delete(id)
        clearTimeout(clock)
        clock = stopAfter('time', limitMs)
      },
    })
    const onAbort = () => stop.abort(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      const outcome = await this.#pool.run({ id, name, input }, { signal: stop.signal })
      if (!outcome.ok) {
        const { status, code, message } = outcome.error
        throw new AppError(status as AppError['status'], code, message)
      }
      return outcome.value as TaskOutput<N>
    } catch (err) {
      throw this.#explain(err, name, limitMs, signal)
    } finally {
      clearTimeout(clock)
      this.#waiting.delete(id)
      signal?.removeEventListener('abort', onAbort)
    }
  }

  #explain(err: unknown, name: TaskName, limitMs: number, signal?: AbortSignal): unknown {
    if (err instanceof AppError) return err
    const label = JOB_LABELS[name]
    const cause = (err as { cause?: unknown }).cause
    if (cause instanceof JobStopped && cause.why === 'time') {
      this.options.log?.warn({ job: name, limitMs }, 'worker pool: job stopped at its time limit')
      return new AppError(
        422,
        'input_too_complex',
        `${label} took longer than ${limitMs / 1000} s and was stopped; the input is too complex. ` +
          'Nothing was lost: simplify it and try again.',
      )
    }
    if (cause instanceof JobStopped) return busy(label)
    if (signal?.aborted) return signal.reason ?? err
    const message = err instanceof Error ? err.message : String(err)
    if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.options.log?.warn({ job: name }, 'worker pool: job stopped at its memory limit')
      return new AppError(
        422,
        'input_too_complex',
        `${label} needed more than ${this.options.memoryMb} MB and was stopped; the input is too ` +
          'complex. Nothing was lost: simplify it and try again.',
      )
    }
    if (message === 'Task queue is at limit') return busy(label)
    return err
  }

  /** Loads the scorer's models into a worker without holding anything up. */
  warmUpInBackground(): void {
    const started = performance.now()
    this.run('warmUpScorer', undefined).then(
      () =>
        this.options.log?.info(
          { ms: Math.round(performance.now() - started) },
          'offline scorer ready',
        ),
      (err: unknown) => this.options.log?.warn({ err }, 'worker pool: warming the scorer failed'),
    )
  }

  /** Waits for running jobs, then ends the threads (jobs still queued are refused). */
  async close(): Promise<void> {
    await this.#pool.close()
  }
}

const busy = (label: string) =>
  new AppError(
    503,
    'worker_busy',
    `${label} could not start: the server is busy. Nothing was lost; try again in a moment.`,
  )

let shared: WorkerPool | undefined
let sharedOptions: Partial<WorkerPoolOptions> = {}

/** Sets the shared pool's options (boot, CLI); takes effect when it is next created. */
export function configureWorkerPool(options: Partial<WorkerPoolOptions>): void {
  sharedOptions = { ...sharedOptions, ...options }
}

/** The process's one pool, created on first use so that boot and tests stay fast. */
export function workerPool(): WorkerPool {
  shared ??= new WorkerPool(sharedOptions)
  return shared
}

/** Ends the shared pool, if any; a later workerPool() starts a fresh one. */
export async function closeWorkerPool(): Promise<void> {
  const pool = shared
  shared = undefined
  await pool?.close()
}
