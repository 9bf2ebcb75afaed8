// The `pairwise` command: users, problems, scoring evaluation, database.
import { CliError } from './cli/output.ts'
import { AppError } from './http/errors.ts'
import { closeWorkerPool } from './workers/pool.ts'
import { usersCommand } from './cli/users.ts'

const USAGE = `usage: pairwise <command>
  users create --email E --password P --role candidate|mentor|instructor|admin [--name N]
  users set-role --email E --role candidate|mentor|instructor|admin
  users set-quota --email E --mb MB
  problems validate [DIR] [--json]
  problems mutate [DIR] [--json]
  problems import --from open-print SRC --to DIR
  scoring eval FILE.jsonl --json [--cv K] [--predictions OUT.jsonl]
  scoring graded [--json] [--grades DIR] [--rows] [--cv [--data FILE.jsonl]]
  scoring fit [--json] [--data FILE.jsonl] [--out MODEL.json]
  sets export SET_ID --to DIR|FILE.zip
  sets import DIR|FILE.zip --owner EMAIL
  db migrate
  worker            run sandbox jobs from PAIRWISE_QUEUE_URL until stopped`

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, () => Promise<Command>> = {
  users: async () => usersCommand,
  problems: async () => (await import('./cli/problems.ts')).problemsCommand,
  scoring: async () => async (argv) => {
    const cli = await import('./cli/scoring-eval.ts')
    if (argv[0] === 'eval') return cli.scoringEval(argv.slice(1))
    if (argv[0] === 'graded') return cli.scoringGraded(argv.slice(1))
    if (argv[0] === 'fit') {
      const fit = await import('./cli/scoring-fit.ts')
      return fit.scoringFit(argv.slice(1))
    }
    throw new CliError(
      'usage: pairwise scoring eval FILE.jsonl --json | scoring graded --json | scoring fit --json',
    )
  },
  sets: async () => (await import('./cli/sets.ts')).setsCommand,
  db: async () => (await import('./cli/db.ts')).dbCommand,
  worker: async () => (await import('./cli/worker.ts')).workerCommand,
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const load = name ? COMMANDS[name] : undefined
  if (!load) {
    process.stderr.write(`${USAGE}\n`)
    return name && name !== '--help' ? 2 : 0
  }
  return (await load())(rest)
}

/**
 * Only process.exitCode is set; the process is never ended by force, because stdout to a pipe
 * drains after the last write returns, and ending early cut `--json` output at 64-128 KB. The process ends by itself
 * once the database and the worker pool are closed, so every command closes what it opens.
 */
main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      if (
        err instanceof CliError ||
        (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ) {
        process.stderr.write(`pairwise: ${(err as Error).message}\n`)
        process.exitCode = 2
      } else if (err instanceof AppError) {
        process.stderr.write(`pairwise: ${err.message} (${err.code})\n`)
        process.exitCode = 1
      } else {
        process.stderr.write(
          `pairwise: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
        )
        process.exitCode = 1
      }
    },
  )
  .finally(() => closeWorkerPool())
