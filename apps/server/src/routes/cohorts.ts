// Cohorts: instructors create them and add candidates and mentors by email.
import { AddMemberBody, CreateCohortBody } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { findUserByEmail } from '../auth/repository.ts'
import { AppError, notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { addMember, createCohort, listManagedCohorts, managedCohort } from '../review/repository.ts'

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
    const cohort = await managedCohort(db, currentUser(c), c.req.param('id'))
    if (!cohort) throw notFound('cohort')
    const body = c.req.valid('json')
    const user = await findUserByEmail(db, body.email)
    if (!user) {
      throw new AppError(
        404,
        'user_not_found',
        `No account uses ${body.email}; ask them to sign up first.`,
      )
    }
    if (body.role === 'mentor' && user.role === 'candidate') {
      throw new AppError(
        400,
        'not_a_mentor',
        `${body.email} has the candidate role; an admin can make them a mentor on the Users page first.`,
      )
    }
    if (user.id === currentUser(c).id || user.id === cohort.created_by) {
      throw new AppError(400, 'own_cohort', 'You cannot be a member of a cohort you run.')
    }
    const other = await db
      .selectFrom('cohort_members')
      .select('role')
      .where('cohort_id', '=', cohort.id)
      .where('user_id', '=', user.id)
      .where('role', '!=', body.role)
      .executeTakeFirst()
    if (other) {
      throw new AppError(
        409,
        'already_member',
        `${body.email} is already a ${other.role} in this cohort; one person cannot be both.`,
      )
    }
    const added = await addMember(db, cohort.id, user.id, body.role)
    return c.json(
      { member: { id: user.id, email: user.email, name: user.name, role: body.role }, added },
      201,
    )
  })
  .delete('/:id/members/:userId', async (c) => {
    const { db } = c.var.deps
    const cohort = await managedCohort(db, currentUser(c), c.req.param('id'))
    if (!cohort) throw notFound('cohort')
    const removed = await db
      .deleteFrom('cohort_members')
      .where('cohort_id', '=', cohort.id)
      .where('user_id', '=', c.req.param('userId'))
      .executeTakeFirst()
    if (Number(removed.numDeletedRows) === 0) throw notFound('member')
    return c.json({ removed: true }, 200)
  })
