// Code snapshots in the transcript: the last snapshot's code and time, kept on the session row.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('practice_sessions').addColumn('snapshot_code', 'text').execute()
  await db.schema.alterTable('practice_sessions').addColumn('snapshot_at', 'text').execute()
  await db.schema
    .alterTable('practice_sessions')
    .addColumn('snapshot_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['snapshot_count', 'snapshot_at', 'snapshot_code']) {
    await db.schema.alterTable('practice_sessions').dropColumn(column).execute()
  }
}
