// What a run of candidate code returns, as the API shows it.
import { z } from 'zod'
export const RUN_STATUSES = ['passed', 'failed', 'error', 'timeout', 'memory'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

export interface TestResult {
  name: string
  passed: boolean
  /** Left out for hidden cases: only the name and the verdict of those reach a browser. */
  expected?: unknown
  actual?: unknown
  error?: string
  /** 1-based line in the candidate's code that the error points at, when known. */
  line?: number
  /** Left out for hidden cases too: the time of a case can be made to encode its inputs. */
  ms?: number
  hidden?: boolean
}

export interface RunResult {
  status: RunStatus
  tests: TestResult[]
  stdout: string
  stderr: string
  /** A message for the whole run: a syntax error, a timeout, a memory limit. */
  error?: string
  durationMs: number
}

export const RunBody = z
  .strictObject({
    mode: z.enum(['run', 'submit']),
    /** Optional: save this code (at this rev) first, then run it, in one request. */
    code: z.string().optional(),
    rev: z.number().int().positive().optional(),
  })
  .refine((b) => (b.code === undefined) === (b.rev === undefined), {
    message: 'send code and rev together, or neither',
  })

/** A run as the API shows it: hidden cases carry only their name and verdict. */
export interface RunView extends RunResult {
  id: string
  mode: 'run' | 'submit'
  createdAt: string
}
