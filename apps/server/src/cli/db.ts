// `pairwise db migrate`: bring the configured database to the latest schema.
import { openMigratedDatabase } from '../boot.ts'
import { loadConfig } from '../config.ts'
import { CliError, printJson } from './output.ts'

export async function dbCommand(argv: string[]): Promise<number> {
  if (argv[0] !== 'migrate') throw new CliError('usage: pairwise db migrate')
  const config = loadConfig()
  const db = await openMigratedDatabase(config)
  await db.destroy()
  printJson({ migrated: true, dialect: config.database.dialect })
  return 0
}
