// Resolves a run's limits and turns them into the rlimit prefix that wraps the interpreter.
import type { Language } from '@pairwise/shared'
import { JVM_BASE_ADDRESS_SPACE_MB } from './compiled/commands.ts'
import { DEFAULT_LIMITS, type RunLimits } from './types.ts'

const MB = 1024 * 1024
/** Node maps about 730 MB of address space before running a line (thread stacks, code range). */
const NODE_BASE_ADDRESS_SPACE_MB = 1024

export function resolveLimits(overrides: Partial<RunLimits> | undefined): RunLimits {
  const limits: RunLimits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(limits) as (keyof RunLimits)[]) {
    const value = overrides?.[key]
    if (value !== undefined) limits[key] = value
  }
  return limits
}

/**
 * RLIMIT_AS for a language: Node's heap is bounded by --max-old-space-size and the JVM's by -Xmx,
 * not by this; both reserve far more address space than they use.
 */
export function addressSpaceMb(language: Language, limits: RunLimits): number {
  const base =
    language === 'typescript'
      ? NODE_BASE_ADDRESS_SPACE_MB
      : language === 'java'
        ? JVM_BASE_ADDRESS_SPACE_MB
        : 0
  return limits.memoryMb + base + limits.addressSpaceHeadroomMb
}

export interface RlimitValues {
  cpuSeconds: number
  addressSpaceBytes: number
  /** null leaves RLIMIT_NPROC alone. */
  processes: number | null
  fileSizeBytes: number
}

export function rlimitValues(
  language: Language,
  limits: RunLimits,
  processes: number | null,
): RlimitValues {
  return {
    cpuSeconds: Math.max(1, Math.ceil(limits.cpuSeconds)),
    addressSpaceBytes: addressSpaceMb(language, limits) * MB,
    processes,
    fileSizeBytes: limits.fileSizeMb * MB,
  }
}

/**
 * The argv prefix that applies the limits and then execs the command. The soft CPU limit sends
 * SIGXCPU, which the runner reports as a timeout; the hard one a second later is SIGKILL.
 */
export function rlimitPrefix(
  values: RlimitValues,
  prlimitPath: string | null,
): [string, ...string[]] {
  if (prlimitPath !== null) {
    return [
      prlimitPath,
      `--cpu=${values.cpuSeconds}:${values.cpuSeconds + 1}`,
      `--as=${values.addressSpaceBytes}`,
      `--fsize=${values.fileSizeBytes}`,
      '--core=0',
      ...(values.processes === null ? [] : [`--nproc=${values.processes}`]),
      '--',
    ]
  }
  // dash's ulimit counts -v in KiB and -f in 512-byte blocks, and -p is its process count.
  const commands = [
    `ulimit -t ${values.cpuSeconds}`,
    `ulimit -v ${Math.floor(values.addressSpaceBytes / 1024)}`,
    `ulimit -f ${Math.floor(values.fileSizeBytes / 512)}`,
    'ulimit -c 0',
    ...(values.processes === null ? [] : [`ulimit -p ${values.processes}`]),
    'exec "$@"',
  ]
  return ['/bin/sh', '-c', commands.join('; '), 'rlimit']
}
