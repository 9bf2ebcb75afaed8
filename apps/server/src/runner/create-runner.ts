// Picks the runner: the bwrap sandbox, the local child process, or whichever works ('auto').
import { detectSandbox } from './detect-sandbox.ts'
import { createLocalRunner } from './local-runner.ts'
import { resolveRunnerOptions } from './runner-options.ts'
import { createSandboxRunner } from './sandbox-runner.ts'
import type { Runner, RunnerKind, RunnerOptions } from './types.ts'

export class SandboxUnavailableError extends Error {
  override readonly name = 'SandboxUnavailableError'
}

/**
 * 'sandbox' fails loudly when bwrap does not work, rather than running untrusted code bare;
 * 'auto' falls back to the local runner, and the caller can log `runner.kind`.
 */
export async function createRunner(
  kind: RunnerKind | 'auto',
  options: RunnerOptions = {},
): Promise<Runner> {
  const resolved = resolveRunnerOptions(options)
  if (kind === 'local') return createLocalRunner(resolved)
  const check = await detectSandbox(options)
  if (check.ok) return createSandboxRunner(resolved)
  if (kind === 'sandbox') {
    throw new SandboxUnavailableError(`The bwrap sandbox does not work here: ${check.reason}`)
  }
  return createLocalRunner(resolved)
}
