// Accounts and sessions: deactivation, an audit of account changes, one-time password resets,
// archived practice sessions, problem sets assigned to a cohort, and the model deprecations the Anthropic API reported.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute()
  await db.schema.alterTable('practice_sessions').addColumn('archived_at', 'text').execute()
  await db.schema.alterTable('problem_sets').addColumn('cohort_id', 'text').execute()
  await db.schema
    .createTable('user_audit')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('actor_id', 'text')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('detail', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('user_audit_created')
    .on('user_audit')
    .columns(['created_at'])
    .execute()
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema
    .createTable('model_notices')
    .addColumn('model', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('first_seen_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('model_notices_pk', ['model', 'source'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('model_notices').execute()
  await db.schema.dropTable('password_resets').execute()
  await db.schema.dropTable('user_audit').execute()
  await db.schema.alterTable('problem_sets').dropColumn('cohort_id').execute()
  await db.schema.alterTable('practice_sessions').dropColumn('archived_at').execute()
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute()
}
