// Records code snapshots into the transcript: at most one per interval while typing, and always
// before a run, each stored as an edit against the previous one.
import { encodeSnapshot } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import { AppError } from '../http/errors.ts'
import { appendEvent } from './repository.ts'

/** Codes of a refused storage charge: a save still succeeds, only its snapshot is skipped. */
const STORAGE_LIMITS = new Set(['transcript_full', 'storage_quota_exceeded'])

export const SNAPSHOT_INTERVAL_MS = 20_000

export async function recordSnapshot(
  db: Db,
  sessionId: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<boolean> {
  const now = options.now ?? new Date()
  // Inside a caller's transaction (a save), the snapshot commits with it: one fsync, not two.
  const inTransaction = <T>(work: (trx: Db) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work)
  return inTransaction(async (trx) => {
    const row = await trx
      .selectFrom('practice_sessions')
      .select(['code', 'rev', 'snapshot_code', 'snapshot_at', 'snapshot_count'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow()
    if (row.snapshot_code === row.code) return false
    const due =
      !row.snapshot_at || now.getTime() - Date.parse(row.snapshot_at) >= SNAPSHOT_INTERVAL_MS
    if (!due && !options.force) return false
    const count = Number(row.snapshot_count)
    // The first snapshot is an edit against the starter code that session_started recorded.
    const snapshot = encodeSnapshot(row.snapshot_code ?? undefined, row.code, count)
    try {
      await appendEvent(trx, sessionId, 'snapshot', { rev: Number(row.rev), ...snapshot })
    } catch (err) {
      // The code itself is saved in the session row; only the history stops growing.
      if (err instanceof AppError && STORAGE_LIMITS.has(err.code)) return false
      throw err
    }
    await trx
      .updateTable('practice_sessions')
      .set({ snapshot_code: row.code, snapshot_at: now.toISOString(), snapshot_count: count + 1 })
      .where('id', '=', sessionId)
      .execute()
    return true
  })
}
