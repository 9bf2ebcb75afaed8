// What boot and the CLI share: open and migrate the database, and load the problem library into it.
import { loadLibrary } from '@pairwise/problems'
import type { ProblemDefinition } from '@pairwise/shared'
import { sql } from 'kysely'
import type { Config } from './config.ts'
import { openDatabase, type Db } from './db/connect.ts'
import { migrateToLatest } from './db/migrate.ts'
import type { Logger } from './logger.ts'
import { syncLibrary } from './problems/repository.ts'

/**
 * The schema a PostgreSQL connection creates tables in (its search_path's first). The migrator is
 * always told it: left to itself, Kysely looks for its migration tables in every schema, and a
 * database that holds another copy of Pairwise (a test's schema, say) made it skip creating its
 * own lock table ("relation kysely_migration_lock does not exist").
 */
async function currentSchema(db: Db): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  )
  return rows[0]?.schema ?? undefined
}

export async function openMigratedDatabase(config: Config): Promise<Db> {
  const db = openDatabase(config.database)
  try {
    await migrateToLatest(
      db,
      config.database.dialect === 'postgres'
        ? (config.database.schema ?? (await currentSchema(db)))
        : undefined,
    )
  } catch (err) {
    await db.destroy()
    throw err
  }
  return db
}

/** Syncs the library folder into the database; answers the problems it loaded. */
export async function loadProblemLibrary(
  db: Db,
  config: Config,
  log: Logger,
): Promise<ProblemDefinition[]> {
  const started = performance.now()
  const { problems, errors } = await loadLibrary(config.problemsDir)
  for (const err of errors) log.error({ slug: err.slug, reasons: err.reasons }, 'problem skipped')
  const result = await syncLibrary(db, problems)
  log.info(
    {
      problems: problems.length,
      added: result.added.length,
      updated: result.updated.length,
      skipped: errors.length,
      ms: Math.round(performance.now() - started),
    },
    'problem library loaded',
  )
  return problems
}
