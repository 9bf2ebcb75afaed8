// Cohort invitations: an instructor invites an email, its owner accepts or declines, and a member
// may leave. Only an accepted invitation makes a membership, which is what review rights read.
import { randomUUID } from 'node:crypto'
import type { PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import type { CohortInvitationTable } from '../db/schema.ts'
import { AppError, notFound } from '../http/errors.ts'

type Role = CohortInvitationTable['role']

/**
 * Invites an email into a cohort. The answer never depends on whether an account uses the email
 * or what its role is, so it cannot be used to find out either. Inviting again after a decline
 * or a leave asks again.
 */
export async function inviteToCohort(
  db: Db,
  input: { cohortId: string; email: string; role: Role; invitedBy: string },
) {
  const now = new Date().toISOString()
  return db.transaction().execute(async (trx) => {
    const other = await trx
      .selectFrom('cohort_invitations')
      .select('role')
      .where('cohort_id', '=', input.cohortId)
      .where('email', '=', input.email)
      .where('role', '!=', input.role)
      .where('status', 'in', ['pending', 'accepted'])
      .executeTakeFirst()
    if (other) {
      throw new AppError(
        409,
        'already_invited',
        `${input.email} is already invited as a ${other.role} in this cohort; one person cannot be both.`,
      )
    }
    const existing = await trx
      .selectFrom('cohort_invitations')
      .select(['id', 'status'])
      .where('cohort_id', '=', input.cohortId)
      .where('email', '=', input.email)
      .where('role', '=', input.role)
      .executeTakeFirst()
    if (!existing) {
      await trx
        .insertInto('cohort_invitations')
        .values({
          id: randomUUID(),
          cohort_id: input.cohortId,
          email: input.email,
          role: input.role,
          invited_by: input.invitedBy,
          invited_at: now,
          status: 'pending',
          responded_at: null,
        })
        .execute()
    } else if (existing.status === 'declined' || existing.status === 'left') {
      await trx
        .updateTable('cohort_invitations')
        .set({
          status: 'pending',
          invited_at: now,
          invited_by: input.invitedBy,
          responded_at: null,
        })
        .where('id', '=', existing.id)
        .execute()
    }
    // The status the instructor sees is theirs to know: accepted only if the person said yes.
    const status = existing?.status === 'accepted' ? 'accepted' : 'pending'
    return { email: input.email, role: input.role, status }
  })
}

/** The invitations waiting for this user's answer. */
export async function pendingInvitations(db: Db, user: PublicUser) {
  const rows = await db
    .selectFrom('cohort_invitations as i')
    .innerJoin('cohorts as c', 'c.id', 'i.cohort_id')
    .innerJoin('users as inviter', 'inviter.id', 'i.invited_by')
    .select(['i.id', 'i.role', 'i.invited_at', 'c.name as cohort_name', 'inviter.name as inviter'])
    .where('i.email', '=', user.email.toLowerCase())
    .where('i.status', '=', 'pending')
    .orderBy('i.invited_at', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    cohortName: r.cohort_name,
    role: r.role,
    invitedBy: r.inviter,
    invitedAt: r.invited_at,
  }))
}

/** The cohorts this user is a member of (accepted invitations). */
export async function memberships(db: Db, user: PublicUser) {
  const rows = await db
    .selectFrom('cohort_members as m')
    .innerJoin('cohorts as c', 'c.id', 'm.cohort_id')
    .select(['c.id', 'c.name', 'm.role', 'm.added_at'])
    .where('m.user_id', '=', user.id)
    .orderBy('m.added_at', 'desc')
    .execute()
  return rows.map((r) => ({
    cohortId: r.id,
    cohortName: r.name,
    role: r.role,
    joinedAt: r.added_at,
  }))
}

/** Accepts or declines one of this user's pending invitations; anyone else's is a 404. */
export async function answerInvitation(db: Db, user: PublicUser, id: string, accept: boolean) {
  const now = new Date().toISOString()
  return db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom('cohort_invitations as i')
      .innerJoin('cohorts as c', 'c.id', 'i.cohort_id')
      .select(['i.id', 'i.cohort_id', 'i.role', 'c.created_by'])
      .where('i.id', '=', id)
      .where('i.email', '=', user.email.toLowerCase())
      .where('i.status', '=', 'pending')
      .executeTakeFirst()
    if (!invitation) throw notFound('invitation')
    if (accept && invitation.created_by === user.id) {
      throw new AppError(400, 'own_cohort', 'You cannot be a member of a cohort you run.')
    }
    await trx
      .updateTable('cohort_invitations')
      .set({ status: accept ? 'accepted' : 'declined', responded_at: now })
      .where('id', '=', invitation.id)
      .execute()
    if (accept) {
      // Reviewers see the sessions started from now on: added_at is the day of consent.
      await trx
        .deleteFrom('cohort_members')
        .where('cohort_id', '=', invitation.cohort_id)
        .where('user_id', '=', user.id)
        .where('role', '=', invitation.role)
        .execute()
      await trx
        .insertInto('cohort_members')
        .values({
          cohort_id: invitation.cohort_id,
          user_id: user.id,
          role: invitation.role,
          added_at: now,
        })
        .execute()
    }
    return { status: accept ? ('accepted' as const) : ('declined' as const) }
  })
}

/** Ends a membership, the member's own choice or the instructor's; its invitation is marked left. */
export async function leaveCohort(db: Db, cohortId: string, member: { id: string; email: string }) {
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('cohort_members')
      .where('cohort_id', '=', cohortId)
      .where('user_id', '=', member.id)
      .executeTakeFirst()
    await trx
      .updateTable('cohort_invitations')
      .set({ status: 'left', responded_at: new Date().toISOString() })
      .where('cohort_id', '=', cohortId)
      .where('email', '=', member.email.toLowerCase())
      .where('status', 'in', ['pending', 'accepted'])
      .execute()
    return Number(removed.numDeletedRows) > 0
  })
}

/** Invitations not (or no longer) accepted, for the cohort's instructor. */
export async function openInvitations(db: Db, cohortIds: string[]) {
  if (cohortIds.length === 0) return []
  return db
    .selectFrom('cohort_invitations')
    .select(['cohort_id', 'email', 'role', 'status', 'invited_at'])
    .where('cohort_id', 'in', cohortIds)
    .where('status', '!=', 'accepted')
    .orderBy('invited_at', 'desc')
    .execute()
}
