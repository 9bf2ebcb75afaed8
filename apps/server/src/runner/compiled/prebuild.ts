// Builds the Java and C++ harness of every library problem in the background at boot, one at a
// time and at low priority, so a problem's first run does not wait for its harness (nlohmann/json
// takes seconds to compile). Problems authored later are built on their first run.
import type { ProblemDefinition } from '@pairwise/shared'
import type { Logger } from '../../logger.ts'
import { resolveRunnerOptions, type ResolvedRunnerOptions } from '../runner-options.ts'
import { signatureHarness } from './harness-cache.ts'
import { toolchainExtras } from './toolchain-cache.ts'
import { checkToolchain, COMPILED_LANGUAGES } from './toolchains.ts'

export interface PrebuildReport {
  built: number
  failed: number
  ms: number
}

export async function prebuildHarnesses(
  problems: readonly ProblemDefinition[],
  log: Logger,
  options: ResolvedRunnerOptions = resolveRunnerOptions(),
): Promise<PrebuildReport> {
  const started = performance.now()
  let built = 0
  let failed = 0
  for (const language of COMPILED_LANGUAGES) {
    const check = await checkToolchain(language, options.toolchains)
    if (check.missing.length > 0) continue
    await toolchainExtras(language, options.toolchains, options.workDir, { background: true })
    for (const problem of problems) {
      if (!problem.signature || !problem.languages.includes(language)) continue
      try {
        await signatureHarness(language, problem.signature, options.toolchains, options.workDir, {
          background: true,
        })
        built++
      } catch (err) {
        failed++
        log.warn(
          { slug: problem.slug, language, err: (err as Error).message },
          'harness build failed',
        )
      }
    }
  }
  const report = { built, failed, ms: Math.round(performance.now() - started) }
  log.info(report, 'Java and C++ harnesses ready')
  return report
}
