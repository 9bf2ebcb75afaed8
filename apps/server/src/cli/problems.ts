// `pairwise problems validate|import`: check the library through the runner; bring problems in.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importOpenPrint, loadLibrary } from '@pairwise/problems'
import { loadConfig } from '../config.ts'
import { validateProblems } from '../problems/validate.ts'
import { createRunner } from '../runner/index.ts'
import { CliError, printJson } from './output.ts'

async function validate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const config = loadConfig()
  const dir = positionals[0] ? path.resolve(positionals[0]) : config.problemsDir
  const { problems, errors } = await loadLibrary(dir)
  const runner = await createRunner(config.runner)
  const report = await validateProblems(runner, problems)
  report.problems += errors.length
  report.failures.unshift(...errors.map((e) => ({ slug: e.slug, reason: e.reasons.join('; ') })))
  if (values.json) printJson(report)
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
  if (verb === 'import') return importProblems(rest)
  throw new CliError(
    'usage: pairwise problems validate [DIR] [--json] | import --from open-print SRC --to DIR',
  )
}
