// Practice sessions: creation with a pinned problem version, access checks in the query, saves by rev.
import { randomUUID } from 'node:crypto'
import type { Language, PracticeSession, PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import type { PracticeSessionRow } from '../db/schema.ts'
import { notFound } from '../http/errors.ts'
import { appendEvent } from '../transcript/repository.ts'

type SessionWithTitle = PracticeSessionRow & { problem_title: string }

export function toPracticeSession(row: SessionWithTitle): PracticeSession {
  return {
    id: row.id,
    problemSlug: row.problem_slug,
    problemTitle: row.problem_title,
    language: row.language,
    code: row.code,
    rev: Number(row.rev),
    explanation: row.explanation,
    explanationRev: Number(row.explanation_rev),
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type SessionAction = 'view' | 'work'

/**
 * The session if this user may do this action on it, else a 404 (the same answer as a missing one).
 * Only the owner works in a session; viewing is widened for reviewers by later capabilities.
 */
export async function sessionFor(
  db: Db,
  user: PublicUser,
  id: string,
  action: SessionAction,
): Promise<SessionWithTitle> {
  let q = db
    .selectFrom('practice_sessions')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .selectAll('practice_sessions')
    .select('problems.title as problem_title')
    .where('practice_sessions.id', '=', id)
  if (action === 'work' || user.role !== 'admin')
    q = q.where('practice_sessions.user_id', '=', user.id)
  const row = await q.executeTakeFirst()
  if (!row) throw notFound('session')
  return row
}

export async function createSession(
  db: Db,
  input: {
    userId: string
    problemSlug: string
    versionId: string
    language: Language
    starter: string
  },
): Promise<string> {
  const id = randomUUID()
  const now = new Date().toISOString()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('practice_sessions')
      .values({
        id,
        user_id: input.userId,
        problem_slug: input.problemSlug,
        problem_version_id: input.versionId,
        language: input.language,
        code: input.starter,
        rev: 1,
        explanation: '',
        explanation_rev: 0,
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .execute()
    await appendEvent(trx, id, 'session_started', {
      problemSlug: input.problemSlug,
      versionId: input.versionId,
      language: input.language,
      code: input.starter,
    })
  })
  return id
}

export type SaveOutcome = { ok: true; rev: number } | { ok: false; currentRev: number }

/**
 * Saves code if rev is newer than the stored one. Repeating the last accepted write is a no-op;
 * anything older, or the same rev with other code, is a conflict.
 */
export async function saveCode(
  db: Db,
  sessionId: string,
  code: string,
  rev: number,
): Promise<SaveOutcome> {
  const updated = await db
    .updateTable('practice_sessions')
    .set({ code, rev, updated_at: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('rev', '<', rev)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 1) return { ok: true, rev }
  const current = await db
    .selectFrom('practice_sessions')
    .select(['rev', 'code'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow()
  if (Number(current.rev) === rev && current.code === code) return { ok: true, rev }
  return { ok: false, currentRev: Number(current.rev) }
}

export async function saveExplanation(
  db: Db,
  sessionId: string,
  text: string,
  rev: number | undefined,
): Promise<SaveOutcome> {
  if (rev === undefined) {
    const row = await db
      .updateTable('practice_sessions')
      .set((eb) => ({
        explanation: text,
        explanation_rev: eb('explanation_rev', '+', 1),
        updated_at: new Date().toISOString(),
      }))
      .where('id', '=', sessionId)
      .returning('explanation_rev')
      .executeTakeFirstOrThrow()
    return { ok: true, rev: Number(row.explanation_rev) }
  }
  const updated = await db
    .updateTable('practice_sessions')
    .set({ explanation: text, explanation_rev: rev, updated_at: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('explanation_rev', '<', rev)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 1) return { ok: true, rev }
  const current = await db
    .selectFrom('practice_sessions')
    .select(['explanation_rev', 'explanation'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow()
  if (Number(current.explanation_rev) === rev && current.explanation === text) {
    return { ok: true, rev }
  }
  return { ok: false, currentRev: Number(current.explanation_rev) }
}

export async function listSessionsOf(db: Db, userId: string) {
  return db
    .selectFrom('practice_sessions')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .selectAll('practice_sessions')
    .select('problems.title as problem_title')
    .where('practice_sessions.user_id', '=', userId)
    .orderBy('practice_sessions.created_at', 'desc')
    .limit(200)
    .execute()
}
