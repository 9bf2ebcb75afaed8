// The invited side of cohorts: see invitations, accept or decline them, and leave a cohort.
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { notFound } from '../http/errors.ts'
import {
  answerInvitation,
  leaveCohort,
  memberships,
  pendingInvitations,
} from '../review/invitations.ts'

export const invitations = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [pending, joined] = await Promise.all([
      pendingInvitations(db, user),
      memberships(db, user),
    ])
    return c.json({ invitations: pending, memberships: joined }, 200)
  })
  .post('/:id/accept', async (c) => {
    const answer = await answerInvitation(c.var.deps.db, currentUser(c), c.req.param('id'), true)
    return c.json(answer, 200)
  })
  .post('/:id/decline', async (c) => {
    const answer = await answerInvitation(c.var.deps.db, currentUser(c), c.req.param('id'), false)
    return c.json(answer, 200)
  })
  .delete('/memberships/:cohortId', async (c) => {
    const user = currentUser(c)
    const left = await leaveCohort(c.var.deps.db, c.req.param('cohortId'), user)
    if (!left) throw notFound('membership')
    return c.json({ left: true }, 200)
  })
