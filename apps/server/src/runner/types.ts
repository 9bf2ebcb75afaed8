// The contract between the server and whatever executes candidate code.
import type {
  Language,
  ProblemSignature,
  PythonPackage,
  RunResult,
  TestCase,
} from '@pairwise/shared'
import type { Toolchains } from './compiled/toolchains.ts'

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
  /**
   * Address space beyond memoryMb (RLIMIT_AS only) for libraries that map far more than they use:
   * PyTorch maps ~800 MB before it computes anything. The cgroup's memory ceiling ignores it.
   */
  addressSpaceHeadroomMb: number
}

export const DEFAULT_LIMITS: RunLimits = {
  cpuSeconds: 5,
  wallMs: 10_000,
  memoryMb: 512,
  processes: 64,
  fileSizeMb: 16,
  outputBytes: 64 * 1024,
  addressSpaceHeadroomMb: 0,
}

export interface RunRequest {
  language: Language
  code: string
  /** The name of the function that language-neutral cases call. */
  functionName: string
  /** The problem's typed signature: Java and C++ harnesses are generated from it. */
  signature?: ProblemSignature
  /**
   * Java and C++ only: measure how the function's time grows (runner/measure-growth.ts) instead
   * of running cases; the harness reports on stdout as the growth drivers do.
   */
  growth?: Record<string, unknown>
  cases: TestCase[]
  limits?: Partial<RunLimits>
  signal?: AbortSignal
  /**
   * The Python libraries the problem requires: a sandbox runner starts runs that need slow ones
   * ahead, with them imported (runner/warm-pool.ts). Limits for them come with `limits`.
   */
  requires?: PythonPackage[]
  /**
   * The problem's required time complexity ("O(n log n)"), named when a large case runs out of
   * time after every smaller case passed (TooSlow).
   */
  requiredComplexity?: string
  /** The id the run is recorded under, when it is recorded; a shared queue uses it as the job id. */
  runId?: string
  /**
   * Hidden cases always run in a process of their own; by default only their verdicts come back.
   * Problem validation sets this to see why a reference solution failed one (its author's cases).
   */
  revealHidden?: boolean
}

export interface Runner {
  readonly kind: 'sandbox' | 'local'
  run(request: RunRequest): Promise<RunResult>
}

export type RunnerKind = Runner['kind']

/** Where the runners find their tools; every field has a default that fits a Debian host. */
export interface RunnerOptions {
  /** Python with numpy; the pyenv python on PATH has none, so the default is Debian's. */
  pythonPath?: string
  nodePath?: string
  bwrapPath?: string
  /** util-linux prlimit; null falls back to `ulimit` in /bin/sh. */
  prlimitPath?: string | null
  /** Where job folders are written (one per run, removed afterwards). */
  workDir?: string
  /**
   * Host user the code runs as. RLIMIT_NPROC does not bind root, so a server running as root
   * drops to this user (default nobody); null keeps the server's own user.
   */
  runAs?: { uid: number; gid: number } | null
  /** Where javac, java, Jackson, g++ and nlohmann/json are (default: Debian's paths). */
  toolchains?: Partial<Toolchains>
}
