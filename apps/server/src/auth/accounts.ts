// Account management: role changes, deactivation, one-time password-reset links, own profile
// and password; each change is written to the user_audit table in the same transaction.
import { randomUUID } from 'node:crypto'
import type { AccountView, PublicUser, Role } from '@pairwise/shared'
import { PostgresAdapter, sql } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { UserAuditTable } from '../db/schema.ts'
import { AppError, notFound } from '../http/errors.ts'
import { toPublicUser } from './repository.ts'
import { hashToken, newSessionToken } from './tokens.ts'

/** How long an admin's reset link works. */
export const RESET_LINK_HOURS = 24

export interface AuditEntry {
  id: string
  actor: { id: string; name: string } | null
  user: { id: string; name: string; email: string }
  action: UserAuditTable['action']
  detail: Record<string, unknown>
  createdAt: string
}

async function audit(
  db: Db,
  actorId: string | null,
  userId: string,
  action: UserAuditTable['action'],
  detail: Record<string, unknown>,
) {
  await db
    .insertInto('user_audit')
    .values({
      id: randomUUID(),
      actor_id: actorId,
      user_id: userId,
      action,
      detail: JSON.stringify(detail),
      created_at: new Date().toISOString(),
    })
    .execute()
}

/** Admin changes take turns on PostgreSQL, so two cannot each remove "the other" last admin. */
async function serialize(trx: Db) {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(7243002)`.execute(trx)
  }
}

async function activeAdminsBesides(trx: Db, userId: string): Promise<number> {
  const row = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('id', '!=', userId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

function toAccount(row: {
  id: string
  email: string
  name: string
  role: Role
  created_at: string
  deactivated_at: string | null
}): AccountView {
  return { ...toPublicUser(row), createdAt: row.created_at, deactivatedAt: row.deactivated_at }
}

/** Accounts whose name or email contains q (case-insensitive), oldest first. */
export async function listAccounts(db: Db, q?: string): Promise<AccountView[]> {
  let query = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at', 'deactivated_at'])
    .orderBy('created_at')
    .limit(500)
  const needle = q?.trim().toLowerCase()
  if (needle) {
    // LIKE with the wildcards escaped: the search text is matched literally, in linear time.
    const pattern = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['email']), 'like', sql<string>`${pattern} escape '\\'`),
        eb(eb.fn('lower', ['name']), 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    )
  }
  return (await query.execute()).map(toAccount)
}

async function accountRow(db: Db, id: string) {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at', 'deactivated_at'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('user')
  return row
}

/** actor null: the command line, which is trusted like an admin. */
export async function changeRole(
  db: Db,
  actor: PublicUser | null,
  userId: string,
  role: Role,
): Promise<AccountView> {
  return db.transaction().execute(async (trx) => {
    await serialize(trx)
    const row = await accountRow(trx, userId)
    if (row.role === role) return toAccount(row)
    if (row.role === 'admin' && (await activeAdminsBesides(trx, userId)) === 0) {
      throw new AppError(
        409,
        'last_admin',
        'This is the last admin; make another account admin before changing this one.',
      )
    }
    await trx.updateTable('users').set({ role }).where('id', '=', userId).execute()
    await audit(trx, actor?.id ?? null, userId, 'role', { from: row.role, to: role })
    return toAccount({ ...row, role })
  })
}

/** Deactivating ends every login of the account at once; reactivating lets it log in again. */
export async function setActive(
  db: Db,
  actor: PublicUser,
  userId: string,
  active: boolean,
): Promise<AccountView> {
  if (userId === actor.id) {
    throw new AppError(400, 'own_account', 'You cannot deactivate your own account.')
  }
  return db.transaction().execute(async (trx) => {
    await serialize(trx)
    const row = await accountRow(trx, userId)
    if ((row.deactivated_at === null) === active) return toAccount(row)
    if (!active && row.role === 'admin' && (await activeAdminsBesides(trx, userId)) === 0) {
      throw new AppError(409, 'last_admin', 'The last admin cannot be deactivated.')
    }
    const deactivatedAt = active ? null : new Date().toISOString()
    await trx
      .updateTable('users')
      .set({ deactivated_at: deactivatedAt })
      .where('id', '=', userId)
      .execute()
    if (!active) await trx.deleteFrom('auth_sessions').where('user_id', '=', userId).execute()
    await audit(trx, actor.id, userId, active ? 'reactivate' : 'deactivate', {})
    return toAccount({ ...row, deactivated_at: deactivatedAt })
  })
}

/** A new one-time reset token for the account; only its hash is stored. */
export async function issueResetLink(
  db: Db,
  actor: PublicUser,
  userId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSessionToken()
  const now = new Date()
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000).toISOString()
  await db.transaction().execute(async (trx) => {
    await accountRow(trx, userId)
    // One live link per account: an older one the admin handed out stops working.
    await trx
      .deleteFrom('password_resets')
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute()
    await trx
      .insertInto('password_resets')
      .values({
        token_hash: hashToken(token),
        user_id: userId,
        created_by: actor.id,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        used_at: null,
      })
      .execute()
    await audit(trx, actor.id, userId, 'reset_link', { expiresAt })
  })
  return { token, expiresAt }
}

const badLink = () =>
  new AppError(
    400,
    'invalid_reset_link',
    'This reset link is not valid: it was used, it expired, or a newer one replaced it. Ask an admin for a new one.',
  )

/** Whose link this is, if it can still be used (for the reset page's greeting). */
export async function resetLinkOwner(db: Db, token: string): Promise<{ name: string }> {
  const row = await db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['users.name', 'password_resets.expires_at', 'password_resets.used_at'])
    .where('password_resets.token_hash', '=', hashToken(token))
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst()
  if (!row || row.used_at || row.expires_at <= new Date().toISOString()) throw badLink()
  return { name: row.name }
}

/** Spends the token (once) to set a new password; every login of the account is ended. */
export async function resetPassword(db: Db, token: string, passwordHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString()
    // The conditional update is what makes the token single-use, even under two racing requests.
    const spent = await trx
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst()
    if (!spent) throw badLink()
    const user = await trx
      .selectFrom('users')
      .select('deactivated_at')
      .where('id', '=', spent.user_id)
      .executeTakeFirstOrThrow()
    if (user.deactivated_at) throw badLink()
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', spent.user_id)
      .execute()
    await trx.deleteFrom('auth_sessions').where('user_id', '=', spent.user_id).execute()
    await audit(trx, spent.user_id, spent.user_id, 'password_reset', {})
  })
}

export async function renameSelf(db: Db, user: PublicUser, name: string): Promise<PublicUser> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ name }).where('id', '=', user.id).execute()
    await audit(trx, user.id, user.id, 'profile', { name: { from: user.name, to: name } })
  })
  return { ...user, name }
}

/** A new password for oneself; every other login of the account is ended. */
export async function changeOwnPassword(
  db: Db,
  user: PublicUser,
  passwordHash: string,
  keepTokenHash: string | undefined,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', user.id)
      .execute()
    let end = trx.deleteFrom('auth_sessions').where('user_id', '=', user.id)
    if (keepTokenHash) end = end.where('token_hash', '!=', keepTokenHash)
    await end.execute()
    await audit(trx, user.id, user.id, 'profile', { password: 'changed' })
  })
}

export async function listAudit(db: Db, limit = 200): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('user_audit')
    .innerJoin('users as target', 'target.id', 'user_audit.user_id')
    .leftJoin('users as actor', 'actor.id', 'user_audit.actor_id')
    .select([
      'user_audit.id',
      'user_audit.action',
      'user_audit.detail',
      'user_audit.created_at',
      'user_audit.actor_id',
      'actor.name as actor_name',
      'target.id as user_id',
      'target.name as user_name',
      'target.email as user_email',
    ])
    .orderBy('user_audit.created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
    user: { id: r.user_id, name: r.user_name, email: r.user_email },
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    createdAt: r.created_at,
  }))
}
