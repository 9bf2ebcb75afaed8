// The session transcript: an append-only, ordered log of typed events, bounded per session and
// charged to its owner's storage (storage/usage.ts), read in pages.
import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { Database } from '../db/schema.ts'
import { chargeStorage, TRANSCRIPT_LIMITS } from '../storage/usage.ts'

export interface TranscriptEvent {
  seq: number
  type: string
  at: string
  data: Record<string, unknown>
}

type Executor = Db | Transaction<Database>

/** Events read at a time; a whole transcript is at most TRANSCRIPT_LIMITS.events of them. */
export const EVENT_PAGE = 500

function isConflict(err: unknown): boolean {
  return /unique|duplicate|constraint/i.test(String((err as Error)?.message))
}

export interface AppendOptions {
  /** Refuse the event over the session's or the account's limit (see chargeStorage). */
  enforce?: boolean
}

/**
 * Appends an event with the next seq, computed in the same statement as the insert (so SQLite,
 * which runs one statement at a time, never collides), charged to the session and its owner in
 * the same transaction. A PostgreSQL race on the (session, seq) key is retried, outside a caller's
 * transaction.
 */
export async function appendEvent(
  db: Executor,
  sessionId: string,
  type: string,
  data: Record<string, unknown>,
  options: AppendOptions = {},
): Promise<TranscriptEvent> {
  const json = JSON.stringify(data)
  const append = async (trx: Executor): Promise<TranscriptEvent> => {
    await chargeStorage(trx, sessionId, {
      bytes: Buffer.byteLength(json, 'utf8'),
      events: 1,
      enforce: options.enforce,
    })
    const at = new Date().toISOString()
    const result = await sql<{ seq: number }>`
      insert into transcript_events (session_id, seq, type, at, data)
      select ${sessionId}, coalesce(max(seq), 0) + 1, ${type}, ${at}, ${json}
      from transcript_events where session_id = ${sessionId}
      returning seq`.execute(trx)
    return { seq: Number(result.rows[0]?.seq), type, at, data }
  }
  return db.isTransaction ? append(db) : inSeqTransaction(db as Db, append)
}

/**
 * Runs work that appends with `max(seq) + 1` in a transaction of its own, again when PostgreSQL
 * reports a race on the (session, seq) key (a few times at most).
 */
export async function inSeqTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    } catch (err) {
      if (!isConflict(err) || attempt >= 8) throw err
    }
  }
}

/**
 * Stores code once per account and content, and answers its key: a run event refers to its code
 * instead of repeating it, so a session that runs the same code ten times stores it once. The key
 * includes the owner, so accounts never share a blob: whether a charge happened says nothing
 * about anyone else's code.
 */
export async function storeCode(trx: Executor, sessionId: string, code: string): Promise<string> {
  const owner = await trx
    .selectFrom('practice_sessions')
    .select('user_id')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow()
  const hash = createHash('sha256').update(owner.user_id).update('\0').update(code).digest('hex')
  const bytes = Buffer.byteLength(code, 'utf8')
  const inserted = await trx
    .insertInto('code_blobs')
    .values({ hash, code, bytes, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning('hash')
    .executeTakeFirst()
  if (inserted) {
    await chargeStorage(trx, sessionId, { bytes, events: 0, enforce: false })
  }
  return hash
}

/** Puts each event's stored code back (`codeHash` → `code`), so readers see whole events. */
async function withCode(db: Executor, events: TranscriptEvent[]): Promise<TranscriptEvent[]> {
  const hashes = [
    ...new Set(
      events.map((e) => e.data.codeHash).filter((h): h is string => typeof h === 'string'),
    ),
  ]
  if (hashes.length === 0) return events
  const rows = await db
    .selectFrom('code_blobs')
    .select(['hash', 'code'])
    .where('hash', 'in', hashes)
    .execute()
  const code = new Map(rows.map((r) => [r.hash, r.code]))
  return events.map((e) => {
    if (typeof e.data.codeHash !== 'string') return e
    const { codeHash, ...rest } = e.data
    return { ...e, data: { ...rest, code: code.get(codeHash) ?? '' } }
  })
}

export interface EventPage {
  events: TranscriptEvent[]
  /** The seq to read on from, or null at the end. */
  next: number | null
}

/** One page of a transcript: the events after `after`, in order. */
export async function listEvents(
  db: Executor,
  sessionId: string,
  page: { after?: number; limit?: number } = {},
): Promise<EventPage> {
  const limit = Math.min(Math.max(1, page.limit ?? EVENT_PAGE), EVENT_PAGE)
  const rows = await db
    .selectFrom('transcript_events')
    .select(['seq', 'type', 'at', 'data'])
    .where('session_id', '=', sessionId)
    .where('seq', '>', page.after ?? 0)
    .orderBy('seq')
    .limit(limit + 1)
    .execute()
  const events = await withCode(
    db,
    rows.slice(0, limit).map((r) => ({
      seq: Number(r.seq),
      type: r.type,
      at: r.at,
      data: JSON.parse(r.data) as Record<string, unknown>,
    })),
  )
  return { events, next: rows.length > limit ? (events.at(-1)?.seq ?? null) : null }
}

/**
 * A whole transcript, page by page: bounded by TRANSCRIPT_LIMITS (plus the few events that are
 * never refused, such as scores and mentor comments).
 */
export async function readTranscript(db: Executor, sessionId: string): Promise<TranscriptEvent[]> {
  const all: TranscriptEvent[] = []
  let after = 0
  for (let pages = 0; pages < (2 * TRANSCRIPT_LIMITS.events) / EVENT_PAGE; pages++) {
    const page = await listEvents(db, sessionId, { after })
    all.push(...page.events)
    if (page.next === null) break
    after = page.next
  }
  return all
}
