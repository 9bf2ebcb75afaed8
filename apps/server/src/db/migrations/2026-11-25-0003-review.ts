// Review and authoring: cohorts, shares, comments, score reports and overrides, problem sets, postings.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('cohort_members')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_members_pk', ['cohort_id', 'user_id', 'role'])
    .execute()
  await db.schema
    .createIndex('cohort_members_user')
    .on('cohort_members')
    .columns(['user_id', 'role'])
    .execute()

  await db.schema
    .createTable('session_shares')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('practice_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_shares_pk', ['session_id', 'user_id'])
    .execute()
  await db.schema
    .createTable('share_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('practice_sessions.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('practice_sessions.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at_seq', 'integer')
    .addColumn('line', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('comments_session')
    .on('comments')
    .columns(['session_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('score_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('practice_sessions.id').onDelete('cascade'),
    )
    .addColumn('total', 'real', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('score_reports_session')
    .on('score_reports')
    .columns(['session_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('score_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('practice_sessions.id').onDelete('cascade'),
    )
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('score_reports.id').onDelete('cascade'),
    )
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('total', 'real', (c) => c.notNull())
    .addColumn('criteria', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('score_overrides_session')
    .on('score_overrides')
    .column('session_id')
    .execute()

  await db.schema
    .createTable('problem_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assistant', 'text')
    .addColumn('weights', 'text')
    .addColumn('posting_id', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('problem_set_items')
    .addColumn('set_id', 'text', (c) =>
      c.notNull().references('problem_sets.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('problem_slug', 'text', (c) => c.notNull().references('problems.slug'))
    .addPrimaryKeyConstraint('problem_set_items_pk', ['set_id', 'position'])
    .execute()

  await db.schema
    .createTable('postings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('suggestions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema.alterTable('practice_sessions').addColumn('problem_set_id', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('practice_sessions').dropColumn('problem_set_id').execute()
  for (const table of [
    'postings',
    'problem_set_items',
    'problem_sets',
    'score_overrides',
    'score_reports',
    'comments',
    'share_links',
    'session_shares',
    'cohort_members',
    'cohorts',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
