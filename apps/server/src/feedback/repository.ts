// The candidate's inbox: mentors' comments and score overrides on the candidate's own sessions,
// each read or unread. Only feedback on sessions the user owns, written by someone else, is here.
import type { FeedbackItem, PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'

const LIMIT = 100

export async function listFeedback(db: Db, user: PublicUser): Promise<FeedbackItem[]> {
  const comments = await db
    .selectFrom('comments')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'comments.session_id')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .leftJoin('feedback_reads', (join) =>
      join
        .onRef('feedback_reads.item_id', '=', 'comments.id')
        .on('feedback_reads.user_id', '=', user.id),
    )
    .select([
      'comments.id',
      'comments.session_id',
      'comments.body',
      'comments.at_seq',
      'comments.line',
      'comments.created_at',
      'comments.author_id',
      'users.name as author_name',
      'problems.title as problem_title',
      'feedback_reads.read_at',
    ])
    .where('practice_sessions.user_id', '=', user.id)
    .where('comments.author_id', '!=', user.id)
    .orderBy('comments.created_at', 'desc')
    .limit(LIMIT)
    .execute()
  const overrides = await db
    .selectFrom('score_overrides')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'score_overrides.session_id')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .innerJoin('users', 'users.id', 'score_overrides.mentor_id')
    .innerJoin('score_reports', 'score_reports.id', 'score_overrides.report_id')
    .leftJoin('feedback_reads', (join) =>
      join
        .onRef('feedback_reads.item_id', '=', 'score_overrides.id')
        .on('feedback_reads.user_id', '=', user.id),
    )
    .select([
      'score_overrides.id',
      'score_overrides.session_id',
      'score_overrides.reason',
      'score_overrides.total',
      'score_overrides.created_at',
      'score_overrides.mentor_id',
      'score_reports.total as automatic_total',
      'users.name as author_name',
      'problems.title as problem_title',
      'feedback_reads.read_at',
    ])
    .where('practice_sessions.user_id', '=', user.id)
    .where('score_overrides.mentor_id', '!=', user.id)
    .orderBy('score_overrides.created_at', 'desc')
    .limit(LIMIT)
    .execute()
  const items: FeedbackItem[] = [
    ...comments.map((r): FeedbackItem => ({
      id: r.id,
      kind: 'comment',
      sessionId: r.session_id,
      problemTitle: r.problem_title,
      author: { id: r.author_id, name: r.author_name },
      body: r.body,
      atSeq: r.at_seq === null ? null : Number(r.at_seq),
      line: r.line === null ? null : Number(r.line),
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    ...overrides.map((r): FeedbackItem => ({
      id: r.id,
      kind: 'override',
      sessionId: r.session_id,
      problemTitle: r.problem_title,
      author: { id: r.mentor_id, name: r.author_name },
      body: r.reason,
      total: Number(r.total),
      automaticTotal: Number(r.automatic_total),
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
  ]
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, LIMIT)
}

/** How many comments and overrides on the user's sessions the user has not seen. */
export async function countUnread(db: Db, user: PublicUser): Promise<number> {
  const comments = await db
    .selectFrom('comments')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'comments.session_id')
    .leftJoin('feedback_reads', (join) =>
      join
        .onRef('feedback_reads.item_id', '=', 'comments.id')
        .on('feedback_reads.user_id', '=', user.id),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .where('practice_sessions.user_id', '=', user.id)
    .where('comments.author_id', '!=', user.id)
    .where('feedback_reads.item_id', 'is', null)
    .executeTakeFirstOrThrow()
  const overrides = await db
    .selectFrom('score_overrides')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'score_overrides.session_id')
    .leftJoin('feedback_reads', (join) =>
      join
        .onRef('feedback_reads.item_id', '=', 'score_overrides.id')
        .on('feedback_reads.user_id', '=', user.id),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .where('practice_sessions.user_id', '=', user.id)
    .where('score_overrides.mentor_id', '!=', user.id)
    .where('feedback_reads.item_id', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(comments.n) + Number(overrides.n)
}

/**
 * Marks feedback read: the given ids, or everything on one session. Only items on the user's own
 * sessions are marked; other ids are ignored, so nobody learns whether they exist.
 */
export async function markFeedbackRead(
  db: Db,
  user: PublicUser,
  which: { ids?: string[]; sessionId?: string },
): Promise<number> {
  const mine = (await listFeedback(db, user)).filter(
    (item) =>
      !item.read && ((which.ids?.includes(item.id) ?? false) || item.sessionId === which.sessionId),
  )
  if (mine.length === 0) return 0
  const now = new Date().toISOString()
  await db
    .insertInto('feedback_reads')
    .values(mine.map((item) => ({ user_id: user.id, item_id: item.id, read_at: now })))
    .onConflict((oc) => oc.columns(['user_id', 'item_id']).doNothing())
    .execute()
  return mine.length
}
