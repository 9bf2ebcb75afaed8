// The session transcript: an append-only, ordered log of typed events.
import type { Db } from '../db/connect.ts'
import type { Database } from '../db/schema.ts'
import type { Transaction } from 'kysely'

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

/** Appends an event with the next seq. Concurrent appends retry on the (session, seq) key. */
export async function appendEvent(
  db: Executor,
  sessionId: string,
  type: string,
  data: Record<string, unknown>,
): Promise<TranscriptEvent> {
  for (let attempt = 0; ; attempt++) {
    const last = await db
      .selectFrom('transcript_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst()
    const event = {
      seq: Number(last?.seq ?? 0) + 1,
      type,
      at: new Date().toISOString(),
      data,
    }
    try {
      await db
        .insertInto('transcript_events')
        .values({ session_id: sessionId, ...event, data: JSON.stringify(data) })
        .execute()
      return event
    } catch (err) {
      if (!isConflict(err) || attempt >= 5 || db.isTransaction) throw err
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
