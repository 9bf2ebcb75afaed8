// The jobs a pool worker runs. Each is a pure function of its (cloneable) input, so any thread
// can run any of them; modules load lazily, so a worker only pays for the jobs it is given.
import { parentPort } from 'node:worker_threads'
import type { AssistantRequest } from '../assistant/types.ts'
import type { ExportedSet } from '../problem-sets/set-zip.ts'
import type { GrowthPoint } from '../runner/growth-fit.ts'
import type { OfflinePartsInput } from '../scoring/offline-parts.ts'

/** Posted when a worker takes a job (its modules and models load next)... */
export const JOB_TAKEN = 'pairwise.jobTaken'
/** ...and when the job itself starts running, so its time limit starts then. */
export const JOB_STARTED = 'pairwise.jobStarted'

interface Task<M, I, O> {
  /** Loads the job's modules (and models) once per worker, before the job's clock starts. */
  load: () => Promise<M>
  run: (loaded: M, input: I) => O | Promise<O>
}

const task = <M, I, O>(t: Task<M, I, O>) => t

const transpiler = () => import('../runner/transpile.ts')
const coach = () => import('../assistant/offline/replies.ts')
const growth = () => import('../runner/growth-fit.ts')
const zips = () => import('../problem-sets/set-zip.ts')
const scorer = async () => {
  ;(await import('../scoring/warm-up.ts')).warmUpScorer()
  return import('../scoring/offline-parts.ts')
}
const claims = () => import('../scoring/complexity.ts')
const postings = () => import('../postings/extract-requirements.ts')

export const TASKS = {
  /** Candidate TypeScript and its script cases to JavaScript (sucrase). */
  transpile: task({
    load: transpiler,
    run: (t, input: { code: string; displayName: string; scripts: string[] }) => ({
      module: t.transpileModule(input.code, input.displayName),
      scripts: input.scripts.map(t.transpileScript),
    }),
  }),
  /** The offline coach's reply to one message. */
  coachReply: task({
    load: coach,
    run: (c, input: AssistantRequest) => c.composeOfflineReply(input).text,
  }),
  /** log(time) on log(n) for a growth measurement. */
  fitGrowth: task({ load: growth, run: (g, points: GrowthPoint[]) => g.fitGrowth(points) }),
  /** A problem set to .zip bytes. */
  zipSet: task({ load: zips, run: (z, exported: ExportedSet) => z.setToZip(exported) }),
  /** .zip bytes to a problem set, within the import limits. */
  unzipSet: task({ load: zips, run: (z, zip: Uint8Array) => z.readSetZip(zip) }),
  /** A session's explanation, collaboration and complexity claim (the scorer's models load first). */
  scoreOffline: task({
    load: scorer,
    run: (s, input: OfflinePartsInput) => s.scoreOfflineParts(input),
  }),
  /** A time-complexity claim in prose, e.g. a generator's expected complexity. */
  parseClaim: task({ load: claims, run: (c, text: string) => c.parseComplexityClaim(text) }),
  /** A pasted job posting's requirements, with the sentences that show them (up to 50,000 chars). */
  analysePosting: task({ load: postings, run: (p, text: string) => p.extractRequirements(text) }),
  /** Loads the scorer's word vectors, WordNet and tagger into this worker. */
  warmUpScorer: task({ load: scorer, run: () => true }),
}

export type TaskName = keyof typeof TASKS
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]['run']>[1]
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
  const t = TASKS[job.name] as Task<unknown, unknown, unknown>
  parentPort?.postMessage({ [JOB_TAKEN]: job.id })
  const loaded = await t.load()
  parentPort?.postMessage({ [JOB_STARTED]: job.id })
  try {
    return { ok: true, value: await t.run(loaded, job.input) }
  } catch (err) {
    if (isUserError(err)) {
      return { ok: false, error: { status: err.status, code: err.code, message: err.message } }
    }
    throw err
  }
}
