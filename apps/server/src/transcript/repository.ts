// The session transcript: an append-only, ordered log of typed events.
import type { Db } from '../db/connect.ts'
import type { Database } from '../db/schema.ts'
import { sql, type Transaction } from 'kysely'

export interface TranscriptEvent {
  seq: number
  type: string
  at: string
  data: Record<string, unknown>
}

type Executor = Db | Transaction<Database>

function isConflict(err: unknown): boolean {
  return /unique|duplicate|constraint/i.test(String((err as Error)?.message))
}

/**
 * Appends an event with the next seq, computed in the same statement as the insert (so SQLite,
 * which runs one statement at a time, never collides); a PostgreSQL race on the (session, seq)
 * key is retried outside a transaction.
 */
export async function appendEvent(
  db: Executor,
  sessionId: string,
  type: string,
  data: Record<string, unknown>,
): Promise<TranscriptEvent> {
  const json = JSON.stringify(data)
  for (let attempt = 0; ; attempt++) {
    const at = new Date().toISOString()
    try {
      const result = await sql<{ seq: number }>`
        insert into transcript_events (session_id, seq, type, at, data)
        select ${sessionId}, coalesce(max(seq), 0) + 1, ${type}, ${at}, ${json}
        from transcript_events where session_id = ${sessionId}
        returning seq`.execute(db)
      return { seq: Number(result.rows[0]?.seq), type, at, data }
    } catch (err) {
      if (!isConflict(err) || attempt >= 8 || db.isTransaction) throw err
    }
  }
}

export async function listEvents(db: Executor, sessionId: string): Promise<TranscriptEvent[]> {
  const rows = await db
    .selectFrom('transcript_events')
    .select(['seq', 'type', 'at', 'data'])
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute()
  return rows.map((r) => ({
    seq: Number(r.seq),
    type: r.type,
    at: r.at,
    data: JSON.parse(r.data) as Record<string, unknown>,
  }))
}
