// The Python libraries each catalog problem requires (JSON array of import names), so the
// catalog can say which problems cannot run here without reading every version's definition.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  // No problem required a library before this column, so '[]' is true of every existing row.
  await db.schema
    .alterTable('problems')
    .addColumn('requires', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('problems').dropColumn('requires').execute()
}
