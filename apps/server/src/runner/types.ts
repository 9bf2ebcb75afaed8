// The contract between the server and whatever executes candidate code.
import type { Language, RunResult, TestCase } from '@pairwise/shared'

export interface RunLimits {
  /** CPU seconds (RLIMIT_CPU). */
  cpuSeconds: number
  /** Wall-clock deadline; the whole process group is killed past it. */
  wallMs: number
  /** Address space in MB (RLIMIT_AS). */
  memoryMb: number
  /** Processes (RLIMIT_NPROC). */
  processes: number
  /** Largest file the code may write, in MB (RLIMIT_FSIZE). */
  fileSizeMb: number
  /** Cap on each of stdout and stderr, in bytes. */
  outputBytes: number
}

export const DEFAULT_LIMITS: RunLimits = {
  cpuSeconds: 5,
  wallMs: 10_000,
  memoryMb: 512,
  processes: 64,
  fileSizeMb: 16,
  outputBytes: 64 * 1024,
}

export interface RunRequest {
  language: Language
  code: string
  /** The name of the function that language-neutral cases call. */
  functionName: string
  cases: TestCase[]
  limits?: Partial<RunLimits>
  signal?: AbortSignal
}

export interface Runner {
  readonly kind: 'sandbox' | 'local'
  run(request: RunRequest): Promise<RunResult>
}
