// Cohorts: instructors create them and invite candidates and mentors by email.
import { AddMemberBody, CreateCohortBody } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { AppError, notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { inviteToCohort, leaveCohort } from '../review/invitations.ts'
import { createCohort, listManagedCohorts, managedCohort } from '../review/repository.ts'

export const cohorts = new Hono<AppEnv>()
  .use(requireRole('instructor'))
  .get('/', async (c) =>
    c.json({ cohorts: await listManagedCohorts(c.var.deps.db, currentUser(c)) }, 200),
  )
  .post('/', validate('json', CreateCohortBody), async (c) => {
    const cohort = await createCohort(c.var.deps.db, c.req.valid('json').name, currentUser(c).id)
    return c.json({ cohort }, 201)
  })
  .post('/:id/members', validate('json', AddMemberBody), async (c) => {
    const { db } = c.var.deps
    const me = currentUser(c)
    const cohort = await managedCohort(db, me, c.req.param('id'))
    if (!cohort) throw notFound('cohort')
    const body = c.req.valid('json')
    if (body.email === me.email.toLowerCase()) {
      throw new AppError(400, 'own_cohort', 'You cannot be a member of a cohort you run.')
    }
    // The same answer for every email, with an account or not, of any role: nothing to enumerate.
    const invitation = await inviteToCohort(db, {
      cohortId: cohort.id,
      email: body.email,
      role: body.role,
      invitedBy: me.id,
    })
    return c.json({ invitation }, 201)
  })
  .delete('/:id/members/:userId', async (c) => {
    const { db } = c.var.deps
    const cohort = await managedCohort(db, currentUser(c), c.req.param('id'))
    if (!cohort) throw notFound('cohort')
    const member = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('id', '=', c.req.param('userId'))
      .executeTakeFirst()
    if (!member || !(await leaveCohort(db, cohort.id, member))) throw notFound('member')
    return c.json({ removed: true }, 200)
  })
