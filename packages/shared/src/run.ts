// What a run of candidate code returns, as the API shows it.
import { z } from 'zod'
export const RUN_STATUSES = [
  'passed',
  'failed',
  'error',
  'timeout',
  'memory',
  /** Java or C++ code that did not compile: `error` has the compiler's message, `line` its line. */
  'compile_error',
] as const
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
  /** The arguments a visible function case called the code with (never sent for hidden ones). */
  args?: unknown[]
  /** The script a visible script case ran. */
  script?: string
}

/**
 * A run that timed out on a large case after every case that ran before it passed (each smaller
 * case among them): the code's answers were right, its method too slow. The status stays
 * `timeout`; this says why, and `error` says it in words.
 */
export interface TooSlow {
  /** The large case that was running when the time ran out (its name only). */
  case: string
  /** The problem's required complexity (generator.json's `expected`), when it states one. */
  complexity?: string
}

export interface RunResult {
  status: RunStatus
  tests: TestResult[]
  stdout: string
  stderr: string
  /** A message for the whole run: a syntax error, a timeout, a memory limit. */
  error?: string
  /** With status `compile_error`: the 1-based line of the first error in the candidate's file. */
  line?: number
  /** Set when a timeout means "correct output, too slow" (see TooSlow). */
  tooSlow?: TooSlow
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

/** Largest custom input, as JSON text. */
export const MAX_CUSTOM_ARGS_CHARS = 64 * 1024

/** A custom-input run: the candidate's own arguments, no expected value. */
export const CustomRunBody = z
  .strictObject({
    args: z.array(z.unknown()).max(50, 'give at most 50 arguments'),
    code: z.string().optional(),
    rev: z.number().int().positive().optional(),
  })
  .refine((b) => (b.code === undefined) === (b.rev === undefined), {
    message: 'send code and rev together, or neither',
  })
  .refine((b) => JSON.stringify(b.args).length <= MAX_CUSTOM_ARGS_CHARS, {
    message: `the arguments are limited to ${MAX_CUSTOM_ARGS_CHARS / 1024} KB of JSON`,
  })

export interface CustomRunView {
  /** `ok` when the function returned; nothing is compared. */
  status: 'ok' | 'error' | 'timeout' | 'memory'
  args: unknown[]
  actual?: unknown
  error?: string
  line?: number
  stdout: string
  stderr: string
  durationMs: number
}
