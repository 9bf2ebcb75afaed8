// Data access for review: cohorts and members, comments, overrides, shares, the review queue.
import { randomUUID } from 'node:crypto'
import type { Comment, PublicUser } from '@pairwise/shared'
import type { Selectable } from 'kysely'
import { sql } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { CommentTable } from '../db/schema.ts'
import { reviewerOf } from '../sessions/repository.ts'
import { openInvitations } from './invitations.ts'

export async function createCohort(db: Db, name: string, createdBy: string) {
  const cohort = {
    id: randomUUID(),
    name,
    created_by: createdBy,
    created_at: new Date().toISOString(),
  }
  await db.insertInto('cohorts').values(cohort).execute()
  return { id: cohort.id, name: cohort.name }
}

/** The cohort if this user manages it (its instructor, or an admin). */
export function managedCohort(db: Db, user: PublicUser, id: string) {
  let q = db.selectFrom('cohorts').selectAll().where('id', '=', id)
  if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
  return q.executeTakeFirst()
}

export async function listManagedCohorts(db: Db, user: PublicUser) {
  let q = db.selectFrom('cohorts').selectAll().orderBy('created_at', 'desc')
  if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
  const cohorts = await q.execute()
  const members = cohorts.length
    ? await db
        .selectFrom('cohort_members')
        .innerJoin('users', 'users.id', 'cohort_members.user_id')
        .select([
          'cohort_members.cohort_id',
          'cohort_members.role',
          'users.id',
          'users.email',
          'users.name',
        ])
        .where(
          'cohort_members.cohort_id',
          'in',
          cohorts.map((c) => c.id),
        )
        .execute()
    : []
  const invitations = await openInvitations(
    db,
    cohorts.map((c) => c.id),
  )
  return cohorts.map((c) => ({
    id: c.id,
    name: c.name,
    createdAt: c.created_at,
    members: members
      .filter((m) => m.cohort_id === c.id)
      .map((m) => ({ id: m.id, email: m.email, name: m.name, role: m.role })),
    invitations: invitations
      .filter((i) => i.cohort_id === c.id)
      .map((i) => ({ email: i.email, role: i.role, status: i.status, invitedAt: i.invited_at })),
  }))
}

export interface ReviewFilters {
  candidate?: string
  problem?: string
  flagged?: boolean
  unreviewed?: boolean
}

/** Sessions the user may review, newest first, with their latest score and review state. */
export async function reviewQueue(db: Db, user: PublicUser, filters: ReviewFilters) {
  let q = db
    .selectFrom('practice_sessions')
    .innerJoin('users', 'users.id', 'practice_sessions.user_id')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .select([
      'practice_sessions.id',
      'practice_sessions.problem_slug',
      'practice_sessions.status',
      'practice_sessions.language',
      'practice_sessions.created_at',
      'practice_sessions.updated_at',
      'problems.title as problem_title',
      'users.id as candidate_id',
      'users.name as candidate_name',
      'users.email as candidate_email',
    ])
    .select((eb) => [
      eb
        .selectFrom('score_reports')
        .select('score_reports.total')
        .whereRef('score_reports.session_id', '=', 'practice_sessions.id')
        .orderBy('score_reports.created_at', 'desc')
        .limit(1)
        .as('latest_total'),
      eb
        .selectFrom('score_reports')
        .select('score_reports.flagged')
        .whereRef('score_reports.session_id', '=', 'practice_sessions.id')
        .orderBy('score_reports.created_at', 'desc')
        .limit(1)
        .as('latest_flagged'),
      eb
        .selectFrom('comments')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('comments.session_id', '=', 'practice_sessions.id')
        .as('comment_count'),
      eb
        .selectFrom('score_overrides')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('score_overrides.session_id', '=', 'practice_sessions.id')
        .as('override_count'),
    ])
    .where('practice_sessions.user_id', '!=', user.id)
  if (user.role !== 'admin') q = q.where((eb) => reviewerOf(eb, user))
  if (filters.candidate) {
    const needle = `%${filters.candidate.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`
    q = q.where(
      sql<boolean>`(lower(users.email) like ${needle} escape '\\' or lower(users.name) like ${needle} escape '\\')`,
    )
  }
  if (filters.problem) q = q.where('practice_sessions.problem_slug', '=', filters.problem)
  const rows = await q.orderBy('practice_sessions.updated_at', 'desc').limit(500).execute()
  return rows
    .map((r) => ({
      id: r.id,
      problemSlug: r.problem_slug,
      problemTitle: r.problem_title,
      language: r.language,
      status: r.status,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      candidate: { id: r.candidate_id, name: r.candidate_name, email: r.candidate_email },
      latestTotal: r.latest_total === null ? null : Number(r.latest_total),
      flagged: Number(r.latest_flagged ?? 0) === 1,
      reviewed: Number(r.comment_count ?? 0) + Number(r.override_count ?? 0) > 0,
    }))
    .filter(
      (s) => (filters.flagged ? s.flagged : true) && (filters.unreviewed ? !s.reviewed : true),
    )
}

type CommentRow = Selectable<CommentTable>

/** The one mapping of a comment row (and its author's name) to the API's Comment. */
function toComment(r: CommentRow, authorName: string): Comment {
  return {
    id: r.id,
    sessionId: r.session_id,
    author: { id: r.author_id, name: authorName },
    body: r.body,
    atSeq: r.at_seq === null ? null : Number(r.at_seq),
    line: r.line === null ? null : Number(r.line),
    createdAt: r.created_at,
  }
}

export async function addComment(
  db: Db,
  input: { sessionId: string; author: PublicUser; body: string; atSeq?: number; line?: number },
): Promise<Comment> {
  const row = {
    id: randomUUID(),
    session_id: input.sessionId,
    author_id: input.author.id,
    body: input.body,
    at_seq: input.atSeq ?? null,
    line: input.line ?? null,
    created_at: new Date().toISOString(),
  }
  await db.insertInto('comments').values(row).execute()
  return toComment(row, input.author.name)
}

export async function listComments(db: Db, sessionId: string): Promise<Comment[]> {
  const rows = await db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .selectAll('comments')
    .select('users.name as author_name')
    .where('comments.session_id', '=', sessionId)
    .orderBy('comments.created_at')
    .execute()
  return rows.map((r) => toComment(r, r.author_name))
}
