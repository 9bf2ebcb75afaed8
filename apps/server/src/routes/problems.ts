// The catalog: problem summaries with filters, and one problem as a candidate may see it.
import { ProblemQuery } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { withUnavailableLanguages } from '../problems/compiled-languages.ts'
import { withMissingPackages } from '../problems/python-packages.ts'
import { getCurrentProblem, listProblems, toProblemDetail } from '../problems/repository.ts'
import { problemProgress } from '../sessions/progress.ts'

export const problems = new Hono<AppEnv>()
  .get('/', validate('query', ProblemQuery), async (c) => {
    const { db, pythonPackages, compiledLanguages } = c.var.deps
    const listed = await listProblems(db, c.req.valid('query'))
    const problems = listed.map((p) =>
      withUnavailableLanguages(withMissingPackages(p, pythonPackages), compiledLanguages),
    )
    return c.json({ problems }, 200)
  })
  .get('/progress', requireUser, async (c) =>
    c.json({ progress: await problemProgress(c.var.deps.db, currentUser(c).id) }, 200),
  )
  .get('/:slug', async (c) => {
    const found = await getCurrentProblem(c.var.deps.db, c.req.param('slug'))
    if (!found) throw notFound('problem')
    const detail = toProblemDetail(found.problem)
    const { pythonPackages, compiledLanguages } = c.var.deps
    const problem = withUnavailableLanguages(
      withMissingPackages(detail, pythonPackages),
      compiledLanguages,
    )
    return c.json({ problem }, 200)
  })
