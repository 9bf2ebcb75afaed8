// Data access for users and login sessions.
import { randomUUID } from 'node:crypto'
import type { PublicUser, Role } from '@pairwise/shared'
import { PostgresAdapter, sql } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { UserRow } from '../db/schema.ts'
import { hashToken, newSessionToken, SESSION_DAYS } from './tokens.ts'

export function toPublicUser(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): PublicUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role }
}

export class DuplicateEmailError extends Error {}

/** Creates a user. The first account on a fresh database becomes admin unless a role is given. */
export async function createUser(
  db: Db,
  input: { email: string; name: string; passwordHash: string; role?: Role },
): Promise<PublicUser> {
  return db.transaction().execute(async (trx) => {
    // On PostgreSQL, sign-ups take turns, so two first sign-ups cannot both become admin.
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`select pg_advisory_xact_lock(7243001)`.execute(trx)
    }
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirst()
    if (existing) throw new DuplicateEmailError(input.email)
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()
    const row = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      role: input.role ?? (anyUser ? 'candidate' : 'admin'),
      password_hash: input.passwordHash,
      created_at: new Date().toISOString(),
    } as const
    try {
      await trx.insertInto('users').values(row).execute()
    } catch (err) {
      // Two sign-ups racing for one email: the unique index decides.
      if (/unique|duplicate/i.test(String((err as Error).message))) {
        throw new DuplicateEmailError(input.email)
      }
      throw err
    }
    return toPublicUser(row)
  })
}

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}

export async function setUserRole(db: Db, userId: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', userId).execute()
}

export async function startLoginSession(db: Db, userId: string): Promise<string> {
  const token = newSessionToken()
  const now = new Date()
  await db
    .insertInto('auth_sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    })
    .execute()
  return token
}

export async function userForToken(db: Db, token: string): Promise<PublicUser | undefined> {
  const row = await db
    .selectFrom('auth_sessions')
    .innerJoin('users', 'users.id', 'auth_sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'auth_sessions.expires_at'])
    .where('auth_sessions.token_hash', '=', hashToken(token))
    // A deactivated account's logins are deleted; this also covers one that slipped in between.
    .where('users.deactivated_at', 'is', null)
    .executeTakeFirst()
  if (!row || row.expires_at <= new Date().toISOString()) return undefined
  return toPublicUser(row)
}

export async function endLoginSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('token_hash', '=', hashToken(token)).execute()
}
