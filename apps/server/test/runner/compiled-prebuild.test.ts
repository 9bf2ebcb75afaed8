// The library's Java and C++ harnesses, built ahead at boot: a run afterwards builds nothing more.
import { loadLibrary } from '@pairwise/problems'
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { prebuildHarnesses } from '../../src/runner/compiled/prebuild.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../../src/runner/index.ts'
import { hasBwrap, hasCpp, hasJava, warnIfNoToolchain } from './helpers/environment.ts'

warnIfNoToolchain('harness prebuild')

// A work folder of its own, so nothing else builds into the cache it watches.
const workDir = await mkdtemp(path.join(os.tmpdir(), 'pairwise-prebuild-'))
// Open to the user the code runs as (nobody, under a root server), as the system temp folder is.
await chmod(workDir, 0o755)
const options = resolveRunnerOptions({ workDir })
const cacheDir = path.join(workDir, 'pairwise-harness-cache-v1')

describe.skipIf(!hasBwrap || !hasJava || !hasCpp)('prebuilt harnesses', () => {
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  it('builds every signature once, and the runs that follow build nothing', async () => {
    const { problems } = await loadLibrary()
    const ndcg = problems.filter((p) => p.slug === 'ndcg-at-k')
    const first = await prebuildHarnesses(ndcg, createLogger('silent'), options)
    expect(first).toMatchObject({ built: 2, failed: 0 })
    const before = (await readdir(cacheDir)).sort()
    // Each language's toolchain speed-ups, the signature's harnesses, and the Java archive's own.
    expect(before.filter((name) => name.startsWith('toolchain-'))).toHaveLength(2)
    expect(before.filter((name) => /^(java|cpp)-/.test(name))).toHaveLength(3)
    // Again: everything is on disk already.
    const again = await prebuildHarnesses(ndcg, createLogger('silent'), options)
    expect(again.ms).toBeLessThan(first.ms + 1_000)
    const runner = createSandboxRunner(options)
    const p = ndcg[0]!
    for (const language of ['java', 'cpp'] as const) {
      const result = await runner.run({
        language,
        code: p.solutions[language]!,
        functionName: p.functionNames[language]!,
        ...(p.signature ? { signature: p.signature } : {}),
        cases: p.cases,
      })
      expect(result.status, result.error).toBe('passed')
    }
    expect((await readdir(cacheDir)).sort()).toEqual(before)
  }, 300_000)
})
