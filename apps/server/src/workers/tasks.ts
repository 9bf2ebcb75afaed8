// The jobs a pool worker runs. Each is a pure function of its (cloneable) input, so any thread
// can run any of them; modules load lazily, so a worker only pays for the jobs it is given.
import { parentPort } from 'node:worker_threads'
import type { AssistantRequest } from '../assistant/types.ts'
import type { ExportedSet } from '../problem-sets/export.ts'
import type { GrowthPoint } from '../runner/measure-growth.ts'

/** The message a worker posts when a job starts running, so its time limit starts then. */
export const JOB_STARTED = 'pairwise.jobStarted'

interface Task<I, O> {
  /** Work done before the clock starts: loading a job's models once per worker. */
  prepare?: () => Promise<unknown>
  run: (input: I) => O | Promise<O>
}

const task = <I, O>(t: Task<I, O>) => t

const warmScorer = async () => (await import('../scoring/warm-up.ts')).warmUpScorer()

export const TASKS = {
  /** Candidate TypeScript and its script cases to JavaScript (sucrase). */
  transpile: task({
    run: async (input: { code: string; displayName: string; scripts: string[] }) => {
      const { transpileModule, transpileScript } = await import('../runner/transpile.ts')
      return {
        module: transpileModule(input.code, input.displayName),
        scripts: input.scripts.map(transpileScript),
      }
    },
  }),
  /** The offline coach's reply to one message. */
  coachReply: task({
    run: async (input: AssistantRequest) => {
      const { composeOfflineReply } = await import('../assistant/offline/replies.ts')
      return composeOfflineReply(input).text
    },
  }),
  /** log(time) on log(n) for a growth measurement. */
  fitGrowth: task({
    run: async (points: GrowthPoint[]) =>
      (await import('../runner/measure-growth.ts')).fitGrowth(points),
  }),
  /** A problem set to .zip bytes. */
  zipSet: task({
    run: async (exported: ExportedSet) =>
      (await import('../problem-sets/export.ts')).setToZip(exported),
  }),
  /** .zip bytes to a problem set, within the import limits. */
  unzipSet: task({
    run: async (zip: Uint8Array) => (await import('../problem-sets/export.ts')).readSetZip(zip),
  }),
  /** Loads the scorer's word vectors, WordNet and tagger into this worker. */
  warmUpScorer: task({ run: warmScorer }),
}

export type TaskName = keyof typeof TASKS
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]['run']>[0]
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]['run']>>

export interface Job {
  id: number
  name: TaskName
  input: unknown
}

/** An error meant for the user (an AppError) crosses the thread as data, not as an Error. */
export type JobOutcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { status: number; code: string; message: string } }

function isUserError(err: unknown): err is { status: number; code: string; message: string } {
  const e = err as { status?: unknown; code?: unknown }
  return err instanceof Error && typeof e.status === 'number' && typeof e.code === 'string'
}

export async function runJob(job: Job): Promise<JobOutcome> {
  const t = TASKS[job.name] as Task<unknown, unknown>
  await t.prepare?.()
  parentPort?.postMessage({ [JOB_STARTED]: job.id })
  try {
    return { ok: true, value: await t.run(job.input) }
  } catch (err) {
    if (isUserError(err)) {
      return { ok: false, error: { status: err.status, code: err.code, message: err.message } }
    }
    throw err
  }
}
