// Practice sessions: creation with a pinned problem version, access checks in the query, saves by rev.
import { randomUUID } from 'node:crypto'
import type { Language, PracticeSession, PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import type { ExpressionBuilder } from 'kysely'
import type { Database, PracticeSessionRow } from '../db/schema.ts'
import { notFound } from '../http/errors.ts'
import { appendEvent } from '../transcript/repository.ts'
import { reserveSessionRoom } from '../storage/usage.ts'

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
    problemSetId: row.problem_set_id,
    archivedAt: row.archived_at,
  }
}

export type SessionAction = 'view' | 'work' | 'review'

/**
 * The session if this user may do this action on it, else a 404 (the same answer as a missing
 * one). Only the owner works in a session. Reviewers are admins, mentors of a cohort the owner is
 * a candidate in, the instructor who made that cohort, and whoever the owner shared it with.
 * "view" is the owner or a reviewer; "review" is a reviewer only.
 */
export async function sessionFor(
  db: Db,
  user: PublicUser,
  id: string,
  action: SessionAction,
): Promise<SessionWithTitle> {
  const row = await db
    .selectFrom('practice_sessions')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .selectAll('practice_sessions')
    .select('problems.title as problem_title')
    .where('practice_sessions.id', '=', id)
    .where((eb) => {
      const owner = eb('practice_sessions.user_id', '=', user.id)
      if (action === 'work') return owner
      const reviewer =
        user.role === 'admin'
          ? eb.lit(true)
          : user.role === 'candidate'
            ? eb.lit(false)
            : reviewerOf(eb, user)
      if (action === 'view') return eb.or([owner, reviewer])
      // Nobody reviews their own session, admins included.
      return eb.and([eb('practice_sessions.user_id', '!=', user.id), reviewer])
    })
    .executeTakeFirst()
  if (!row) throw notFound('session')
  return row
}

type SessionsBuilder = ExpressionBuilder<Database, 'practice_sessions'>

/**
 * Whether the user reviews the session's owner (cohort mentor or instructor) or was shared it.
 * Callers pass only users whose current role may review: a demoted mentor loses these rights, and
 * an instructor demoted to mentor keeps only the cohorts they mentor, not those they created.
 * Memberships exist only once accepted (review/invitations.ts), from which day they count.
 */
export function reviewerOf(eb: SessionsBuilder, user: Pick<PublicUser, 'id' | 'role'>) {
  const userId = user.id
  const runsCohort = (inner: ExpressionBuilder<Database, 'cohorts'>) =>
    user.role === 'instructor' || user.role === 'admin'
      ? inner('cohorts.created_by', '=', userId)
      : inner.lit(false)
  return eb.or([
    eb.exists(
      eb
        .selectFrom('session_shares')
        .select('session_shares.session_id')
        .whereRef('session_shares.session_id', '=', 'practice_sessions.id')
        .where('session_shares.user_id', '=', userId),
    ),
    eb.exists(
      eb
        .selectFrom('cohort_members as candidate')
        .innerJoin('cohorts', 'cohorts.id', 'candidate.cohort_id')
        .select('candidate.cohort_id')
        .whereRef('candidate.user_id', '=', 'practice_sessions.user_id')
        .where('candidate.role', '=', 'candidate')
        // A cohort's reviewers see the sessions from the day the candidate joined it, not before.
        .whereRef('candidate.added_at', '<=', 'practice_sessions.created_at')
        .where((inner) =>
          inner.or([
            runsCohort(inner),
            inner.exists(
              inner
                .selectFrom('cohort_members as mentor')
                .select('mentor.cohort_id')
                .whereRef('mentor.cohort_id', '=', 'candidate.cohort_id')
                .where('mentor.user_id', '=', userId)
                .where('mentor.role', '=', 'mentor'),
            ),
          ]),
        ),
    ),
  ])
}

export async function createSession(
  db: Db,
  input: {
    userId: string
    problemSlug: string
    versionId: string
    language: Language
    starter: string
    problemSetId?: string | null
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
        problem_set_id: input.problemSetId ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await reserveSessionRoom(trx, input.userId)
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

/** A user's own sessions, newest first: archived ones or the others, optionally one problem's. */
export async function listSessionsOf(
  db: Db,
  userId: string,
  filter: { problemSlug?: string; archived?: boolean; unfinished?: boolean } = {},
) {
  let q = db
    .selectFrom('practice_sessions')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .selectAll('practice_sessions')
    .select('problems.title as problem_title')
    .where('practice_sessions.user_id', '=', userId)
    .where('practice_sessions.archived_at', filter.archived ? 'is not' : 'is', null)
  if (filter.problemSlug) q = q.where('practice_sessions.problem_slug', '=', filter.problemSlug)
  if (filter.unfinished) q = q.where('practice_sessions.status', '=', 'active')
  return q.orderBy('practice_sessions.created_at', 'desc').limit(200).execute()
}

/** Archives or unarchives one of the owner's sessions; its work and transcript are untouched. */
export async function setArchived(db: Db, sessionId: string, archived: boolean): Promise<void> {
  await db
    .updateTable('practice_sessions')
    .set({ archived_at: archived ? new Date().toISOString() : null })
    .where('id', '=', sessionId)
    .execute()
}
