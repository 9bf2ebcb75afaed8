// Authoring: a problem's pending draft version, its author, and each version's validation result.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('problems').addColumn('draft_version_id', 'text').execute()
  await db.schema.alterTable('problems').addColumn('created_by', 'text').execute()
  await db.schema.alterTable('problem_versions').addColumn('validated_at', 'text').execute()
  await db.schema.alterTable('problem_versions').addColumn('validation', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('problem_versions').dropColumn('validation').execute()
  await db.schema.alterTable('problem_versions').dropColumn('validated_at').execute()
  await db.schema.alterTable('problems').dropColumn('created_by').execute()
  await db.schema.alterTable('problems').dropColumn('draft_version_id').execute()
}
