// Problem sets: instructors compose, order and publish them; everyone sees the published ones.
import { ProblemSetBody } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole, requireUser } from '../auth/middleware.ts'
import { notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { collectSet, setToZipInPool } from '../problem-sets/export.ts'
import { setProgressOf } from '../problem-sets/progress.ts'
import { createProblemSet, listProblemSets, updateProblemSet } from '../problem-sets/repository.ts'

export const problemSets = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) =>
    c.json({ problemSets: await listProblemSets(c.var.deps.db, currentUser(c)) }, 200),
  )
  .get('/:id', async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [set] = await listProblemSets(db, user, c.req.param('id'))
    if (!set) throw notFound('problem set')
    const slugs = set.problems.map((p) => p.slug)
    // The caller's own progress through the set; nobody else's.
    return c.json(
      { problemSet: set, progress: await setProgressOf(db, user.id, set.id, slugs) },
      200,
    )
  })
  .post('/', requireRole('instructor'), validate('json', ProblemSetBody), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const id = await createProblemSet(db, user, c.req.valid('json'))
    const [set] = await listProblemSets(db, user, id)
    return c.json({ problemSet: set }, 201)
  })
  .put('/:id', requireRole('instructor'), validate('json', ProblemSetBody), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [set] = await listProblemSets(db, user, c.req.param('id'))
    if (!set || (set.owner.id !== user.id && user.role !== 'admin')) throw notFound('problem set')
    await updateProblemSet(db, user, set.id, c.req.valid('json'))
    const [updated] = await listProblemSets(db, user, set.id)
    return c.json({ problemSet: updated }, 200)
  })
  .get('/:id/export', requireRole('instructor'), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [set] = await listProblemSets(db, user, c.req.param('id'))
    if (!set || (set.owner.id !== user.id && user.role !== 'admin')) throw notFound('problem set')
    const zip = await setToZipInPool(await collectSet(db, set, user))
    const name =
      set.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'problem-set'
    return c.body(zip.slice().buffer, 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${name}.zip"`,
    })
  })
  .post('/:id/publish', requireRole('instructor'), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [set] = await listProblemSets(db, user, c.req.param('id'))
    if (!set || (set.owner.id !== user.id && user.role !== 'admin')) throw notFound('problem set')
    await db
      .updateTable('problem_sets')
      .set({ published: 1, updated_at: new Date().toISOString() })
      .where('id', '=', set.id)
      .execute()
    return c.json({ problemSet: { ...set, published: true } }, 200)
  })
  // Withdrawn from candidates; sessions already started in the set keep their policy and weights.
  .post('/:id/unpublish', requireRole('instructor'), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const [set] = await listProblemSets(db, user, c.req.param('id'))
    if (!set || (set.owner.id !== user.id && user.role !== 'admin')) throw notFound('problem set')
    await db
      .updateTable('problem_sets')
      .set({ published: 0, updated_at: new Date().toISOString() })
      .where('id', '=', set.id)
      .execute()
    return c.json({ problemSet: { ...set, published: false } }, 200)
  })
