// `pairwise problems validate|mutate|import`: check the library and its tests through the runner;
// bring problems in.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importOpenPrint, loadLibrary } from '@pairwise/problems'
import { loadConfig } from '../config.ts'
import { mutateProblems } from '../problems/mutate.ts'
import { validateProblems } from '../problems/validate.ts'
import { createRunner } from '../runner/index.ts'
import { CliError, printJson } from './output.ts'

/**
 * `[DIR] [--json]`: the library folder (the configured one by default), loaded, and a runner. DIR
 * may also be one problem's folder (it holds problem.md): its library is loaded and only that
 * problem checked, so an author checks the problem at hand without running the whole library.
 */
async function libraryAndRunner(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const config = loadConfig()
  const given = positionals[0] ? path.resolve(positionals[0]) : config.problemsDir
  const single = existsSync(path.join(given, 'problem.md'))
  const dir = single ? path.dirname(given) : given
  const slug = path.basename(given)
  const library = await loadLibrary(dir)
  const problems = single ? library.problems.filter((p) => p.slug === slug) : library.problems
  const errors = single ? library.errors.filter((e) => e.slug === slug) : library.errors
  const runner = await createRunner(config.runner)
  return { json: values.json, dir, problems, errors, runner }
}

async function validate(argv: string[]): Promise<number> {
  const { json, problems, errors, runner } = await libraryAndRunner(argv)
  const report = await validateProblems(runner, problems)
  report.problems += errors.length
  report.failures.unshift(...errors.map((e) => ({ slug: e.slug, reason: e.reasons.join('; ') })))
  if (json) printJson(report)
  else {
    process.stdout.write(
      `${report.passed}/${report.problems} problems valid, ${report.testsPassed}/${report.tests} cases passed (runner: ${runner.kind})\n`,
    )
    for (const f of report.failures) {
      process.stdout.write(
        `  ✗ ${f.slug}${f.language ? ` [${f.language}]` : ''}${f.case ? ` "${f.case}"` : ''}: ${f.reason}\n`,
      )
    }
  }
  return report.failures.length === 0 ? 0 : 1
}

const percent = (rate: number | null): string =>
  rate === null ? '-' : `${(rate * 100).toFixed(1)}%`

/**
 * Runs every problem's mutants against its tests. Exits 1 when a survivor is unexplained, a mutant
 * called equivalent is killed, a mutant is broken or a problem fails to load: each is a defect of
 * the library, not of a candidate.
 */
async function mutate(argv: string[]): Promise<number> {
  const { json, dir, problems, errors, runner } = await libraryAndRunner(argv)
  const report = {
    ...(await mutateProblems(runner, dir, problems)),
    errors: errors.map((e) => ({ slug: e.slug, reason: e.reasons.join('; ') })),
  }
  if (json) printJson(report)
  else {
    for (const p of report.problems) {
      process.stdout.write(
        `${p.slug} [${p.language}]: ${p.killed}/${p.mutants} killed (${percent(p.killRate)})\n`,
      )
      for (const s of p.survivors) {
        process.stdout.write(`  survivor ${s.name}: ${s.bug}\n    ${s.why ?? 'UNEXPLAINED'}\n`)
      }
    }
    for (const b of report.broken) {
      process.stdout.write(`  ✗ broken ${b.slug} [${b.language ?? '?'}] ${b.name}: ${b.reason}\n`)
    }
    for (const m of report.mislabelled) {
      process.stdout.write(
        `  ✗ ${m.slug} [${m.language}] ${m.name} is called equivalent but died\n`,
      )
    }
    for (const e of report.errors) process.stdout.write(`  ✗ ${e.slug}: ${e.reason}\n`)
    process.stdout.write(
      `${report.killed}/${report.mutants} mutants killed (${percent(report.killRate)}), ${report.unexplained} unexplained survivors (runner: ${runner.kind})\n`,
    )
  }
  const clean =
    report.unexplained === 0 &&
    report.mislabelled.length === 0 &&
    report.broken.length === 0 &&
    report.errors.length === 0
  return clean ? 0 : 1
}

async function importProblems(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, to: { type: 'string' } },
    allowPositionals: true,
  })
  if (values.from !== 'open-print') throw new CliError('only --from open-print is supported')
  const src = positionals[0]
  if (!src || !values.to)
    throw new CliError('usage: pairwise problems import --from open-print SRC --to DIR')
  printJson(await importOpenPrint(path.resolve(src), path.resolve(values.to)))
  return 0
}

export async function problemsCommand(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv
  if (verb === 'validate') return validate(rest)
  if (verb === 'mutate') return mutate(rest)
  if (verb === 'import') return importProblems(rest)
  throw new CliError(
    'usage: pairwise problems validate [DIR] [--json] | mutate [DIR] [--json] | import --from open-print SRC --to DIR',
  )
}
