// Bounded storage. Every byte a session stores (transcript events and run results) is charged to
// the session's transcript and to its owner's account in the statement that checks the limit, so
// concurrent requests on any number of instances cannot overshoot it. A refused charge answers 413
// with what to do next; the caller's transaction then stores nothing of the refused write.
import { sql, type Transaction } from 'kysely'
import { formatMegabytes as mb, MAX_CODE_BYTES, MAX_EXPLANATION_CHARS } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import type { Database } from '../db/schema.ts'
import { AppError } from '../http/errors.ts'

type Executor = Db | Transaction<Database>

/** A session's transcript: a long real session has a few hundred events and well under 1 MB. */
export const TRANSCRIPT_LIMITS = { events: 5_000, bytes: 8 * 1024 * 1024 }

export function transcriptFull(): AppError {
  return new AppError(
    413,
    'transcript_full',
    `This session's history is full (${TRANSCRIPT_LIMITS.events.toLocaleString('en')} events or ` +
      `${mb(TRANSCRIPT_LIMITS.bytes)}). Your code and explanation are saved; start a new session ` +
      'to keep practising.',
  )
}

export function quotaReached(quota: number): AppError {
  return new AppError(
    413,
    'storage_quota_exceeded',
    `Your account has used its storage quota of ${mb(quota)}. Your code and explanation are ` +
      'saved; ask an admin to raise the quota to record more runs and events.',
  )
}

export interface Charge {
  /** Bytes to add (negative to give back, e.g. a withdrawn turn). */
  bytes: number
  /** Transcript events to add. */
  events: number
  /**
   * Refuse the charge over a limit (the default). Off for what must not be lost once the work is
   * done: a finished run's result, the score, a mentor's comment. Those still count.
   */
  enforce?: boolean
}

/**
 * Charges a write to the session and its owner. Run it in the transaction that makes the write,
 * before the write, so a refusal leaves nothing behind. Throws 404 for an unknown session.
 */
export async function chargeStorage(db: Executor, sessionId: string, charge: Charge) {
  const enforce = charge.enforce !== false && charge.bytes >= 0 && charge.events >= 0
  const session = await db
    .updateTable('practice_sessions')
    .set({
      transcript_events: sql`transcript_events + ${charge.events}`,
      transcript_bytes: sql`transcript_bytes + ${charge.bytes}`,
    })
    .where('id', '=', sessionId)
    .$if(enforce, (q) =>
      q
        .where(sql<boolean>`transcript_events + ${charge.events} <= ${TRANSCRIPT_LIMITS.events}`)
        .where(sql<boolean>`transcript_bytes + ${charge.bytes} <= ${TRANSCRIPT_LIMITS.bytes}`),
    )
    .returning('user_id')
    .executeTakeFirst()
  if (!session) {
    const exists = await db
      .selectFrom('practice_sessions')
      .select('id')
      .where('id', '=', sessionId)
      .executeTakeFirst()
    if (!exists) throw new AppError(404, 'not_found', 'No such session.')
    throw transcriptFull()
  }
  if (!(await chargeAccount(db, session.user_id, charge.bytes, enforce))) {
    // Give the session its charge back: the caller may catch this and carry on.
    await db
      .updateTable('practice_sessions')
      .set({
        transcript_events: sql`transcript_events - ${charge.events}`,
        transcript_bytes: sql`transcript_bytes - ${charge.bytes}`,
      })
      .where('id', '=', sessionId)
      .execute()
    throw await quotaRefusal(db, session.user_id)
  }
}

/**
 * The room a run needs before it starts: the runner caps a stored result at 1 MB (plus its
 * output), so a run that starts can always be stored within the limits.
 */
export const RUN_ROOM_BYTES = 1_200 * 1024

/**
 * What a session's own row may hold (its code and its explanation, each capped in size), charged
 * to the account when the session starts, so that sessions cannot store without limit either.
 */
export const SESSION_RESERVATION_BYTES = MAX_CODE_BYTES + 4 * MAX_EXPLANATION_CHARS

/** Charges the account alone (a session's own row), refusing it over the quota. */
export async function reserveSessionRoom(db: Executor, userId: string): Promise<void> {
  if (!(await chargeAccount(db, userId, SESSION_RESERVATION_BYTES, true))) {
    throw await quotaRefusal(db, userId)
  }
}

/** Adds bytes to an account in one statement that, enforced, checks the quota: false if refused. */
async function chargeAccount(db: Executor, userId: string, bytes: number, enforce: boolean) {
  const charged = await db
    .updateTable('users')
    .set({ storage_bytes: sql`storage_bytes + ${bytes}` })
    .where('id', '=', userId)
    .$if(enforce, (q) => q.where(sql<boolean>`storage_bytes + ${bytes} <= storage_quota_bytes`))
    .returning('id')
    .executeTakeFirst()
  return charged !== undefined
}

/** The 413 for an account whose charge was refused, naming its quota. */
async function quotaRefusal(db: Executor, userId: string): Promise<AppError> {
  const { quotaBytes } = await storageUsage(db, userId)
  return quotaReached(quotaBytes)
}

/**
 * Refuses work whose result could not be stored (a run costs CPU first): the same limits, checked
 * without charging, with room for one more event and RUN_ROOM_BYTES.
 */
export async function assertStorageRoom(db: Executor, sessionId: string): Promise<void> {
  const row = await db
    .selectFrom('practice_sessions')
    .innerJoin('users', 'users.id', 'practice_sessions.user_id')
    .select([
      'practice_sessions.transcript_events as events',
      'practice_sessions.transcript_bytes as bytes',
      'users.storage_bytes as used',
      'users.storage_quota_bytes as quota',
    ])
    .where('practice_sessions.id', '=', sessionId)
    .executeTakeFirst()
  if (!row) throw new AppError(404, 'not_found', 'No such session.')
  if (
    Number(row.events) >= TRANSCRIPT_LIMITS.events ||
    Number(row.bytes) + RUN_ROOM_BYTES > TRANSCRIPT_LIMITS.bytes
  )
    throw transcriptFull()
  if (Number(row.used) + RUN_ROOM_BYTES > Number(row.quota)) throw quotaReached(Number(row.quota))
}

export interface StorageUsage {
  usedBytes: number
  quotaBytes: number
  /** Too little is left for a run: runs and scoring are refused. */
  full: boolean
}

export async function storageUsage(db: Executor, userId: string): Promise<StorageUsage> {
  const row = await db
    .selectFrom('users')
    .select(['storage_bytes', 'storage_quota_bytes'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  const usedBytes = Number(row.storage_bytes)
  const quotaBytes = Number(row.storage_quota_bytes)
  return { usedBytes, quotaBytes, full: usedBytes + RUN_ROOM_BYTES > quotaBytes }
}

export async function setStorageQuota(db: Executor, userId: string, bytes: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ storage_quota_bytes: bytes })
    .where('id', '=', userId)
    .execute()
}
