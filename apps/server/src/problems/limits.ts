// The run limits a problem asks for, on top of the runner's defaults.
import type { Language, ProblemDefinition, PythonPackage } from '@pairwise/shared'
import type { RunLimits } from '../runner/index.ts'

/**
 * What importing a library costs a Python run, so that the limits still measure the candidate's
 * code: address space it maps beyond what it uses (RLIMIT_AS counts mappings; the cgroup, which
 * counts memory really used, stays at memoryMb), and CPU seconds. Measured on Debian 12 with one
 * thread (VmPeak after the import and a small computation; `python3 -X importtime`): numpy maps
 * 84 MB, scipy's submodules 147 MB, pandas 129 MB, sklearn's estimators 188 MB, torch 804 MB
 * after a backward pass; the import takes torch 0.8-1 s, sklearn 0.5 s, pandas 0.3 s of CPU.
 */
export const IMPORT_COSTS: Record<PythonPackage, { addressSpaceMb: number; cpuSeconds: number }> = {
  numpy: { addressSpaceMb: 128, cpuSeconds: 0 },
  scipy: { addressSpaceMb: 256, cpuSeconds: 0.5 },
  pandas: { addressSpaceMb: 256, cpuSeconds: 0.5 },
  sklearn: { addressSpaceMb: 256, cpuSeconds: 1 },
  torch: { addressSpaceMb: 1024, cpuSeconds: 2 },
}

/** The headroom a set of libraries needs: the largest mapping (they share numpy), every import. */
export function importAllowance(packages: readonly PythonPackage[]): {
  addressSpaceMb: number
  cpuSeconds: number
} {
  let addressSpaceMb = 0
  let cpuSeconds = 0
  for (const name of packages) {
    addressSpaceMb = Math.max(addressSpaceMb, IMPORT_COSTS[name].addressSpaceMb)
    cpuSeconds += IMPORT_COSTS[name].cpuSeconds
  }
  return { addressSpaceMb, cpuSeconds }
}

export function limitsForProblem(
  p: Pick<ProblemDefinition, 'timeLimitMs' | 'memoryMb' | 'requires'>,
  language: Language,
): Partial<RunLimits> {
  const imports = importAllowance(language === 'python' ? (p.requires ?? []) : [])
  return {
    cpuSeconds: Math.max(2, Math.ceil(p.timeLimitMs / 1000 + imports.cpuSeconds) + 1),
    wallMs: Math.max(5_000, (p.timeLimitMs + imports.cpuSeconds * 1000) * 2 + 2_000),
    ...(p.memoryMb ? { memoryMb: p.memoryMb } : {}),
    ...(imports.addressSpaceMb > 0 ? { addressSpaceHeadroomMb: imports.addressSpaceMb } : {}),
  }
}
