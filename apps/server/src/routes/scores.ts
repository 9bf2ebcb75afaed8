// Scoring: score the explanation and the session now (a new report each time), or read the latest.
import { ScoreWeights } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { AppError } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { getProblemVersion } from '../problems/repository.ts'
import { scoreSession } from '../scoring/score-session.ts'
import { latestReport, listOverrides } from '../scoring/repository.ts'
import { sessionFor } from '../sessions/repository.ts'
import { reportForOwner } from '../scoring/viewer.ts'
import { assertStorageRoom } from '../storage/usage.ts'

export const scores = new Hono<AppEnv>()
  .use(requireUser)
  .get('/:id/score', async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const session = await sessionFor(db, user, c.req.param('id'), 'view')
    const latest = await latestReport(db, session.id)
    const overrides = latest ? await listOverrides(db, session.id) : []
    // The mentor's word on this report; an override of an earlier report does not carry over to
    // a new scoring of a changed explanation.
    const override = overrides.filter((o) => o.reportId === latest?.id).at(-1) ?? null
    const report = latest?.report ?? null
    // Its owner gets the report without the flags meant for reviewers (scoring/viewer.ts).
    const score = report && session.user_id === user.id ? reportForOwner(report) : report
    return c.json({ score, overrides, override }, 200)
  })
  .post('/:id/score', limitPerUser('score', 20, 60_000), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const session = await sessionFor(db, user, c.req.param('id'), 'work')
    if (!session.explanation.trim()) {
      throw new AppError(400, 'empty_explanation', 'Write your explanation before scoring it.')
    }
    // Scoring grades the code (a stored run) and stores a report: it needs room like a run.
    await assertStorageRoom(db, session.id)
    const problem = await getProblemVersion(db, session.problem_version_id)
    if (!problem) throw new AppError(500, 'problem_missing', 'The problem of this session is gone.')
    let weights
    if (session.problem_set_id) {
      const set = await db
        .selectFrom('problem_sets')
        .select('weights')
        .where('id', '=', session.problem_set_id)
        .executeTakeFirst()
      const parsed = set?.weights ? ScoreWeights.safeParse(JSON.parse(set.weights)) : undefined
      if (parsed?.success) weights = parsed.data
    }
    const score = await scoreSession(c.var.deps, {
      user,
      session,
      problem,
      ...(weights ? { weights } : {}),
      signal: c.req.raw.signal,
    })
    // Only the owner scores (action "work"), so they get the owner's view.
    return c.json({ score: reportForOwner(score) }, 200)
  })
