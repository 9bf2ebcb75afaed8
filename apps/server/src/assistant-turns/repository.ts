// Assistant turns as transcript events: history for the prompt, and counts for the quotas.
import type { RunResult } from '@pairwise/shared'
import type { ChatTurn } from '../assistant/index.ts'
import { sql } from 'kysely'
import type { Db } from '../db/connect.ts'
import { chargeStorage } from '../storage/usage.ts'
import { inSeqTransaction } from '../transcript/repository.ts'

const bytesOf = (json: string) => Buffer.byteLength(json, 'utf8')

export const USER_TURN = 'assistant_message'
export const REPLY_TURN = 'assistant_reply'

export interface TurnView extends ChatTurn {
  seq: number
  at: string
}

export async function listTurns(db: Db, sessionId: string): Promise<TurnView[]> {
  const rows = await db
    .selectFrom('transcript_events')
    .select(['seq', 'type', 'at', 'data'])
    .where('session_id', '=', sessionId)
    .where('type', 'in', [USER_TURN, REPLY_TURN])
    .orderBy('seq')
    .execute()
  return rows.map((r) => {
    const data = JSON.parse(r.data) as { text?: string; complete?: boolean }
    return {
      seq: Number(r.seq),
      at: r.at,
      role: r.type === USER_TURN ? 'user' : 'assistant',
      text: data.text ?? '',
      ...(r.type === REPLY_TURN && data.complete === false ? { incomplete: true } : {}),
    }
  })
}

export async function countUserTurns(
  db: Db,
  sessionId: string,
  userId: string,
  since: Date,
): Promise<{ sessionTurns: number; userTurnsToday: number }> {
  const session = await db
    .selectFrom('transcript_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('session_id', '=', sessionId)
    .where('type', '=', USER_TURN)
    .executeTakeFirstOrThrow()
  const today = await db
    .selectFrom('transcript_events')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'transcript_events.session_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('practice_sessions.user_id', '=', userId)
    .where('transcript_events.type', '=', USER_TURN)
    .where('transcript_events.at', '>=', since.toISOString())
    .executeTakeFirstOrThrow()
  return { sessionTurns: Number(session.n), userTurnsToday: Number(today.n) }
}

export async function lastRunResult(db: Db, sessionId: string): Promise<RunResult | null> {
  const row = await db
    .selectFrom('runs')
    .select('result')
    .where('session_id', '=', sessionId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? (JSON.parse(row.result) as RunResult) : null
}

/**
 * Records the user's turn together with its reply, in one statement: the reply starts as an empty,
 * incomplete placeholder and is filled in when the stream ends. A server killed mid-stream (even
 * by SIGKILL, when no code runs) thus leaves a turn with an incomplete reply, never a turn without
 * one. This is the one transcript event that is rewritten after it is appended.
 */
export async function reserveTurn(
  db: Db,
  sessionId: string,
  message: string,
): Promise<{ userSeq: number; replySeq: number }> {
  const user = JSON.stringify({ text: message })
  const reply = JSON.stringify({ text: '', complete: false, pending: true })
  return inSeqTransaction(db, async (trx) => {
    const at = new Date().toISOString()
    await chargeStorage(trx, sessionId, { bytes: bytesOf(user) + bytesOf(reply), events: 2 })
    const result = await sql<{ seq: number }>`
    insert into transcript_events (session_id, seq, type, at, data)
    select ${sessionId}, base.n + turn.k, turn.type, ${at}, turn.data
    from (select coalesce(max(seq), 0) as n from transcript_events
          where session_id = ${sessionId}) base
    cross join (
      select 1 as k, cast(${USER_TURN} as text) as type, cast(${user} as text) as data
      union all
      select 2, cast(${REPLY_TURN} as text), cast(${reply} as text)
    ) turn
    returning seq`.execute(trx)
    const seqs = result.rows.map((r) => Number(r.seq)).sort((x, y) => x - y)
    return { userSeq: seqs[0] as number, replySeq: seqs[1] as number }
  })
}

/** Fills in the reply reserved with its turn (whole, cut off, or abandoned). */
export async function finishReply(
  db: Db,
  sessionId: string,
  replySeq: number,
  data: Record<string, unknown>,
): Promise<void> {
  const json = JSON.stringify(data)
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('transcript_events')
      .select('data')
      .where('session_id', '=', sessionId)
      .where('seq', '=', replySeq)
      .where('type', '=', REPLY_TURN)
      .executeTakeFirst()
    if (!before) return
    // The reply's length is bounded by the model's token limit: counted, never refused.
    const bytes = bytesOf(json) - bytesOf(before.data)
    await chargeStorage(trx, sessionId, { bytes, events: 0, enforce: false })
    await trx
      .updateTable('transcript_events')
      .set({ data: json })
      .where('session_id', '=', sessionId)
      .where('seq', '=', replySeq)
      .where('type', '=', REPLY_TURN)
      .execute()
  })
}

/** Takes a refused turn back, with its reserved reply. */
export async function withdrawTurn(
  db: Db,
  sessionId: string,
  turn: { userSeq: number; replySeq: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('transcript_events')
      .where('session_id', '=', sessionId)
      .where('seq', 'in', [turn.userSeq, turn.replySeq])
      .returning('data')
      .execute()
    const bytes = removed.reduce((sum, r) => sum + bytesOf(r.data), 0)
    await chargeStorage(trx, sessionId, { bytes: -bytes, events: -removed.length })
  })
}
