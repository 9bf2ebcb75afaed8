// The library's tests against its mutation suite: they kill at least 95% of the plausible wrong
// solutions, and every survivor says why no test can catch it. Runs every mutant (minutes).
import { afterAll, describe, expect, it } from 'vitest'
import { LIBRARY_DIR, loadLibrary } from '@pairwise/problems'
import { mutateProblems } from '../src/problems/mutate.ts'
import { createRunner } from '../src/runner/index.ts'
import { closeWorkerPool } from '../src/workers/pool.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'

warnIfNoSandbox('the mutation suite runs with the local runner')

describe("the library's mutation suite", () => {
  afterAll(() => closeWorkerPool())

  it('is killed at 95% or more, and every survivor is explained', async () => {
    const { problems, errors } = await loadLibrary()
    expect(errors).toEqual([])
    const runner = await createRunner(hasSandbox ? 'sandbox' : 'local')
    const report = await mutateProblems(runner, LIBRARY_DIR, problems)
    expect(report.broken).toEqual([])
    expect(report.mislabelled).toEqual([])
    expect(report.survivors.filter((s) => s.why === null)).toEqual([])
    expect(report.killRate).toBeGreaterThanOrEqual(0.95)
    for (const p of report.problems)
      expect(p.mutants, `${p.slug} [${p.language}]`).toBeGreaterThanOrEqual(5)
    // About 1,200 mutants in four languages, some killed only by a large case's time limit.
  }, 2_400_000)
})
