// The run limits a problem asks for, on top of the runner's defaults.
import type { ProblemDefinition } from '@pairwise/shared'
import type { RunLimits } from '../runner/index.ts'

export function limitsForProblem(
  p: Pick<ProblemDefinition, 'timeLimitMs' | 'memoryMb'>,
): Partial<RunLimits> {
  return {
    cpuSeconds: Math.max(2, Math.ceil(p.timeLimitMs / 1000) + 1),
    wallMs: Math.max(5_000, p.timeLimitMs * 2 + 2_000),
    ...(p.memoryMb ? { memoryMb: p.memoryMb } : {}),
  }
}
