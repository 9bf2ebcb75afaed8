// Bounded storage: what each session's transcript and each account hold (kept as counters, so a
// limit is checked in the same statement that charges it), each account's quota, and run code
// stored once by content hash.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely'

/** 512 MB: hundreds of long sessions. Raised per account with `pairwise users set-quota`. */
const DEFAULT_QUOTA_BYTES = 512 * 1024 * 1024
/** What a session's row may hold (storage/usage.ts SESSION_RESERVATION_BYTES, as of this migration). */
const SESSION_RESERVATION_BYTES = 256 * 1024 + 4 * 20_000

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('practice_sessions')
    .addColumn('transcript_events', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('practice_sessions')
    .addColumn('transcript_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('users')
    .addColumn('storage_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('users')
    .addColumn('storage_quota_bytes', 'bigint', (c) => c.notNull().defaultTo(DEFAULT_QUOTA_BYTES))
    .execute()
  await db.schema
    .createTable('code_blobs')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  // What existing sessions and accounts already hold, in bytes (length() counts characters).
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  const bytes = (column: string): RawBuilder<number> =>
    postgres ? sql`octet_length(${sql.ref(column)})` : sql`length(cast(${sql.ref(column)} as blob))`
  await sql`
    update practice_sessions set
      transcript_events = (select count(*) from transcript_events e
                           where e.session_id = practice_sessions.id),
      transcript_bytes = (select coalesce(sum(${bytes('e.data')}), 0) from transcript_events e
                          where e.session_id = practice_sessions.id)
                       + (select coalesce(sum(${bytes('r.result')}), 0) from runs r
                          where r.session_id = practice_sessions.id)`.execute(db)
  await sql`
    update users set storage_bytes =
      (select coalesce(sum(s.transcript_bytes + ${SESSION_RESERVATION_BYTES}), 0)
       from practice_sessions s where s.user_id = users.id)
    + (select coalesce(sum(${bytes('r.report')}), 0)
       from score_reports r join practice_sessions s on s.id = r.session_id
       where s.user_id = users.id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('code_blobs').execute()
  await db.schema.alterTable('users').dropColumn('storage_quota_bytes').execute()
  await db.schema.alterTable('users').dropColumn('storage_bytes').execute()
  await db.schema.alterTable('practice_sessions').dropColumn('transcript_bytes').execute()
  await db.schema.alterTable('practice_sessions').dropColumn('transcript_events').execute()
}
