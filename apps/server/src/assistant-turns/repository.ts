// Assistant turns as transcript events: history for the prompt, and counts for the quotas.
import type { RunResult } from '@pairwise/shared'
import type { ChatTurn } from '../assistant/index.ts'
import type { Db } from '../db/connect.ts'

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
