// Cohort membership by consent: adding someone makes an invitation (by email, whether or not an
// account uses it), and only an accepted one is a membership. Earlier memberships were never
// agreed to, so they become pending invitations.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cohort_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    // pending | accepted | declined | left
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addUniqueConstraint('cohort_invitations_once', ['cohort_id', 'email', 'role'])
    .execute()
  await db.schema
    .createIndex('cohort_invitations_email')
    .on('cohort_invitations')
    .columns(['email', 'status'])
    .execute()
  await sql`
    insert into cohort_invitations (id, cohort_id, email, role, invited_by, invited_at, status)
    select m.cohort_id || ':' || m.user_id || ':' || m.role, m.cohort_id, u.email, m.role,
           c.created_by, m.added_at, 'pending'
    from cohort_members m
    join users u on u.id = m.user_id
    join cohorts c on c.id = m.cohort_id`.execute(db)
  await db.deleteFrom('cohort_members').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cohort_invitations').execute()
}
