// Runs: the session's code against the visible cases ("run") or all of them ("submit").
import { CustomRunBody, RunBody } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { AppError, staleRev } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { getProblemVersion } from '../problems/repository.ts'
import { latestRunView, runCustomInput, runSessionCode } from '../runs/service.ts'
import { saveCode, sessionFor } from '../sessions/repository.ts'
import { assertCodeSize } from './sessions.ts'

export const runs = new Hono<AppEnv>()
  .get('/:id/runs/latest', requireUser, async (c) => {
    const { db } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'view')
    const problem = await getProblemVersion(db, session.problem_version_id)
    if (!problem)
      throw new AppError(500, 'problem_missing', 'The problem version of this session is gone.')
    const run = await latestRunView(c.var.deps, session, problem)
    return c.json({ run }, 200)
  })
  .post(
    '/:id/runs/custom',
    requireUser,
    limitPerUser('custom-runs', 30, 60_000),
    validate('json', CustomRunBody),
    async (c) => {
      const { db } = c.var.deps
      const user = currentUser(c)
      const body = c.req.valid('json')
      const session = await sessionFor(db, user, c.req.param('id'), 'work')
      let code = session.code
      if (body.code !== undefined && body.rev !== undefined) {
        assertCodeSize(body.code)
        const saved = await saveCode(db, session.id, body.code, body.rev)
        if (!saved.ok) throw staleRev(saved.currentRev, 'code')
        code = body.code
      }
      const problem = await getProblemVersion(db, session.problem_version_id)
      if (!problem)
        throw new AppError(500, 'problem_missing', 'The problem version of this session is gone.')
      const run = await runCustomInput(c.var.deps, {
        user,
        sessionId: session.id,
        problem,
        language: session.language,
        code,
        args: body.args,
        signal: c.req.raw.signal,
      })
      return c.json({ run }, 200)
    },
  )
  .post(
    '/:id/runs',
    requireUser,
    limitPerUser('runs', 30, 60_000),
    validate('json', RunBody),
    async (c) => {
      const { db } = c.var.deps
      const user = currentUser(c)
      const body = c.req.valid('json')
      const session = await sessionFor(db, user, c.req.param('id'), 'work')
      let code = session.code
      if (body.code !== undefined && body.rev !== undefined) {
        assertCodeSize(body.code)
        const saved = await saveCode(db, session.id, body.code, body.rev)
        if (!saved.ok) throw staleRev(saved.currentRev, 'code')
        code = body.code
      }
      const problem = await getProblemVersion(db, session.problem_version_id)
      if (!problem)
        throw new AppError(500, 'problem_missing', 'The problem version of this session is gone.')
      const run = await runSessionCode(c.var.deps, {
        user,
        sessionId: session.id,
        problem,
        language: session.language,
        code,
        mode: body.mode,
        signal: c.req.raw.signal,
      })
      return c.json({ run }, 200)
    },
  )
