// The catalog: problem summaries with filters, and one problem as a candidate may see it.
import { ProblemQuery } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { getCurrentProblem, listProblems, toProblemDetail } from '../problems/repository.ts'
import { problemProgress } from '../sessions/progress.ts'

export const problems = new Hono<AppEnv>()
  .get('/', validate('query', ProblemQuery), async (c) =>
    c.json({ problems: await listProblems(c.var.deps.db, c.req.valid('query')) }, 200),
  )
  .get('/progress', requireUser, async (c) =>
    c.json({ progress: await problemProgress(c.var.deps.db, currentUser(c).id) }, 200),
  )
  .get('/:slug', async (c) => {
    const found = await getCurrentProblem(c.var.deps.db, c.req.param('slug'))
    if (!found) throw notFound('problem')
    return c.json({ problem: toProblemDetail(found.problem) }, 200)
  })
