// Review: the mentor's queue, comments pinned to moments and lines, score overrides, shares.
import { randomBytes } from 'node:crypto'
import { CommentBody, OverrideBody } from '@pairwise/shared'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole, requireUser } from '../auth/middleware.ts'
import { hashToken } from '../auth/tokens.ts'
import { AppError, notFound } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { calibration } from '../review/calibration.ts'
import { addComment, listComments, reviewQueue } from '../review/repository.ts'
import { latestReport, listOverrides, recordOverride } from '../scoring/repository.ts'
import { sessionFor } from '../sessions/repository.ts'
import { appendEvent } from '../transcript/repository.ts'

const QueueQuery = z.object({
  candidate: z.string().max(200).optional(),
  problem: z.string().max(80).optional(),
  flagged: z.enum(['true', 'false']).optional(),
  unreviewed: z.enum(['true', 'false']).optional(),
})

const SHARE_DAYS = 30

/** Routes under /api/review. */
export const review = new Hono<AppEnv>()
  .get('/calibration', requireRole('instructor'), async (c) =>
    c.json({ calibration: await calibration(c.var.deps.db, currentUser(c)) }, 200),
  )
  .get(
    '/sessions',
    requireRole('mentor', 'instructor'),
    validate('query', QueueQuery),
    async (c) => {
      const q = c.req.valid('query')
      const sessions = await reviewQueue(c.var.deps.db, currentUser(c), {
        ...(q.candidate ? { candidate: q.candidate } : {}),
        ...(q.problem ? { problem: q.problem } : {}),
        flagged: q.flagged === 'true',
        unreviewed: q.unreviewed === 'true',
      })
      return c.json({ sessions }, 200)
    },
  )

/** Routes under /api/sessions/:id that reviewers (and owners, to read) use. */
export const sessionReview = new Hono<AppEnv>()
  .use(requireUser)
  .get('/:id/comments', async (c) => {
    const { db } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'view')
    return c.json({ comments: await listComments(db, session.id) }, 200)
  })
  .post(
    '/:id/comments',
    limitPerUser('comments', 60, 60_000),
    validate('json', CommentBody),
    async (c) => {
      const { db } = c.var.deps
      const user = currentUser(c)
      const session = await sessionFor(db, user, c.req.param('id'), 'review')
      const body = c.req.valid('json')
      if (body.atSeq !== undefined) {
        const moment = await db
          .selectFrom('transcript_events')
          .select('seq')
          .where('session_id', '=', session.id)
          .where('seq', '=', body.atSeq)
          .executeTakeFirst()
        if (!moment) throw new AppError(400, 'unknown_moment', 'The session has no such moment.')
      }
      const comment = await db.transaction().execute(async (trx) => {
        const created = await addComment(trx, {
          sessionId: session.id,
          author: user,
          body: body.body,
          ...(body.atSeq !== undefined ? { atSeq: body.atSeq } : {}),
          ...(body.line !== undefined ? { line: body.line } : {}),
        })
        await appendEvent(
          trx,
          session.id,
          'mentor_comment',
          {
            commentId: created.id,
            authorId: user.id,
            atSeq: body.atSeq ?? null,
            line: body.line ?? null,
          },
          { enforce: false },
        )
        return created
      })
      return c.json({ comment }, 201)
    },
  )
  .get('/:id/overrides', async (c) => {
    const { db } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'view')
    return c.json({ overrides: await listOverrides(db, session.id) }, 200)
  })
  .post('/:id/override', validate('json', OverrideBody), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const session = await sessionFor(db, user, c.req.param('id'), 'review')
    const latest = await latestReport(db, session.id)
    if (!latest) throw new AppError(409, 'not_scored', 'This session has no score to override yet.')
    const body = c.req.valid('json')
    // Criterion points are on each criterion's own scale, and only the report's criteria count.
    for (const [id, points] of Object.entries(body.criteria ?? {})) {
      const criterion = latest.report.criteria.find((x) => x.id === id)
      if (!criterion)
        throw new AppError(400, 'unknown_criterion', `The report has no criterion "${id}".`)
      if (points > criterion.max) {
        throw new AppError(
          400,
          'criterion_out_of_range',
          `${criterion.title}: give points from 0 to ${criterion.max}.`,
        )
      }
    }
    const override = await recordOverride(db, {
      sessionId: session.id,
      reportId: latest.id,
      mentor: user,
      total: body.total,
      reason: body.reason,
      criteria: body.criteria ?? null,
    })
    return c.json({ score: { ...latest.report, override } }, 200)
  })
  .post('/:id/share', limitPerUser('shares', 20, 60_000), async (c) => {
    const { db } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
    const token = randomBytes(24).toString('base64url')
    const now = new Date()
    await db
      .insertInto('share_links')
      .values({
        token_hash: hashToken(token),
        session_id: session.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SHARE_DAYS * 86_400_000).toISOString(),
      })
      .execute()
    return c.json({ token, path: `/review/share/${token}`, expiresInDays: SHARE_DAYS }, 201)
  })
  .delete('/:id/share', async (c) => {
    const { db } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
    // Ends every link to the session and every access gained through one.
    const links = await db
      .deleteFrom('share_links')
      .where('session_id', '=', session.id)
      .executeTakeFirst()
    const shares = await db
      .deleteFrom('session_shares')
      .where('session_id', '=', session.id)
      .executeTakeFirst()
    return c.json(
      {
        revokedLinks: Number(links.numDeletedRows),
        revokedReviewers: Number(shares.numDeletedRows),
      },
      200,
    )
  })

/** Routes under /api/shares: a mentor who opens a share link gains review access to that session. */
export const shares = new Hono<AppEnv>().post(
  '/:token/accept',
  requireRole('mentor', 'instructor'),
  async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const link = await db
      .selectFrom('share_links')
      .innerJoin('practice_sessions', 'practice_sessions.id', 'share_links.session_id')
      .select(['share_links.session_id', 'share_links.expires_at', 'practice_sessions.user_id'])
      .where('share_links.token_hash', '=', hashToken(c.req.param('token')))
      .executeTakeFirst()
    if (!link || link.expires_at <= new Date().toISOString()) throw notFound('share link')
    if (link.user_id !== user.id) {
      const existing = await db
        .selectFrom('session_shares')
        .select('session_id')
        .where('session_id', '=', link.session_id)
        .where('user_id', '=', user.id)
        .executeTakeFirst()
      if (!existing) {
        await db
          .insertInto('session_shares')
          .values({
            session_id: link.session_id,
            user_id: user.id,
            created_at: new Date().toISOString(),
          })
          .execute()
      }
    }
    return c.json({ sessionId: link.session_id }, 200)
  },
)
