// Runs the migrations, which are listed here in date order and never import app code.
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration'
import type { Db } from './connect.ts'
import * as initial from './migrations/2026-11-25-0001-initial.ts'
import * as snapshots from './migrations/2026-11-25-0002-snapshots.ts'
import * as review from './migrations/2026-11-25-0003-review.ts'
import * as authoring from './migrations/2026-11-25-0004-authoring.ts'
import * as accountsSessions from './migrations/2026-11-30-0001-accounts-sessions.ts'
import * as cohortInvitations from './migrations/2026-11-30-0002-cohort-invitations.ts'
import * as feedbackReads from './migrations/2026-11-30-0020-feedback-reads.ts'
import * as storage from './migrations/2026-11-30-0030-storage.ts'
import * as problemRequires from './migrations/2026-12-01-0010-problem-requires.ts'

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25-0001-initial': initial,
  '2026-11-25-0002-snapshots': snapshots,
  '2026-11-25-0003-review': review,
  '2026-11-25-0004-authoring': authoring,
  '2026-11-30-0001-accounts-sessions': accountsSessions,
  '2026-11-30-0002-cohort-invitations': cohortInvitations,
  '2026-11-30-0020-feedback-reads': feedbackReads,
  '2026-11-30-0030-storage': storage,
  '2026-12-01-0010-problem-requires': problemRequires,
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/** schema: where the migration tables live, for a PostgreSQL database confined to one schema. */
export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error')
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${reason}`)
  }
}
