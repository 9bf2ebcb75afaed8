// The library's mutation suite: kill rate per problem and language, overall, and the wall time.
// Run with `pnpm bench mutate`; prints one JSON object a line, the last one the whole library's.
import { LIBRARY_DIR, loadLibrary } from '@pairwise/problems'
import { mutateProblems } from '../src/problems/mutate.ts'
import { createRunner } from '../src/runner/index.ts'
import { closeWorkerPool } from '../src/workers/pool.ts'

const runner = await createRunner('auto')
const { problems } = await loadLibrary()
const started = performance.now()
const report = await mutateProblems(runner, LIBRARY_DIR, problems)
const seconds = Math.round((performance.now() - started) / 100) / 10
for (const p of report.problems) {
  const { slug, language, mutants, killed, killRate } = p
  const survivors = p.survivors.map((s) => s.name)
  const line = { bench: 'mutate', problem: slug, language, mutants, killed, killRate, survivors }
  process.stdout.write(`${JSON.stringify(line)}\n`)
}
const summary = {
  bench: 'mutate',
  runner: runner.kind,
  problems: problems.length,
  mutants: report.mutants,
  killed: report.killed,
  killRate: report.killRate,
  unexplained: report.unexplained,
  broken: report.broken.length,
  seconds,
}
process.stdout.write(`${JSON.stringify(summary)}\n`)
await closeWorkerPool()
process.exitCode = report.killRate !== null && report.killRate >= 0.95 ? 0 : 1
