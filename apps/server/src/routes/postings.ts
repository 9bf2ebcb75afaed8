// Postings: an instructor pastes a job posting and gets its requirements and matching problems.
import { randomUUID } from 'node:crypto'
import { Area, PostingBody } from '@pairwise/shared'
import { z } from 'zod'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { createAuthored } from '../authoring/repository.ts'
import { AppError, notFound } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { draftProblem } from '../postings/draft-problem.ts'
import { suggestProblems, type PostingAnalysis } from '../postings/index.ts'
import { listProblems } from '../problems/repository.ts'
import { workerPool } from '../workers/pool.ts'

export const postings = new Hono<AppEnv>()
  .use(requireRole('instructor'))
  .post('/', limitPerUser('postings', 20, 60_000), validate('json', PostingBody), async (c) => {
    const { db } = c.var.deps
    const body = c.req.valid('json')
    // Its cost grows with the text (up to 50,000 characters): off the event loop.
    const analysis = await workerPool().run('analysePosting', body.text)
    const library = await listProblems(db, {})
    const { suggestions, uncovered } = suggestProblems(analysis.requirements, library)
    const posting = {
      id: randomUUID(),
      title: body.title ?? null,
      requirements: analysis.requirements,
      unmatchedSkills: analysis.unmatchedSkills,
    }
    await db
      .insertInto('postings')
      .values({
        id: posting.id,
        created_by: currentUser(c).id,
        title: posting.title,
        text: body.text,
        requirements: JSON.stringify(analysis),
        suggestions: JSON.stringify({ suggestions, uncovered }),
        created_at: new Date().toISOString(),
      })
      .execute()
    return c.json({ posting, suggestions, uncovered }, 201)
  })
  .post(
    '/:id/drafts',
    limitPerUser('drafts', 5, 60_000),
    validate('json', z.strictObject({ area: Area })),
    async (c) => {
      const { db, config } = c.var.deps
      const user = currentUser(c)
      if (!config.anthropic) {
        throw new AppError(
          503,
          'assistant_unavailable',
          'Drafting a problem needs ANTHROPIC_API_KEY.',
        )
      }
      let q = db.selectFrom('postings').selectAll().where('id', '=', c.req.param('id'))
      if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
      const row = await q.executeTakeFirst()
      if (!row) throw notFound('posting')
      const { area } = c.req.valid('json')
      const analysis = JSON.parse(row.requirements) as PostingAnalysis
      const evidence = analysis.requirements.filter((r) => r.area === area).map((r) => r.evidence)
      const draft = await draftProblem({
        apiKey: config.anthropic.apiKey,
        baseURL: config.anthropic.baseURL,
        model: config.assistantModel,
        area,
        evidence: evidence.length ? evidence : [row.text.slice(0, 2_000)],
        signal: c.req.raw.signal,
      })
      if ('error' in draft) {
        c.var.deps.log.warn({ reason: draft.error }, 'problem draft failed')
        throw new AppError(
          502,
          'draft_failed',
          'The assistant could not draft a valid problem; try again.',
        )
      }
      // The draft is refused here if it is not a valid problem, and stays unpublished until validated.
      await createAuthored(db, user, draft.slug, draft.files)
      return c.json({ slug: draft.slug, published: false }, 201)
    },
  )
  .get('/:id', async (c) => {
    const user = currentUser(c)
    let q = c.var.deps.db.selectFrom('postings').selectAll().where('id', '=', c.req.param('id'))
    if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
    const row = await q.executeTakeFirst()
    if (!row) throw notFound('posting')
    const analysis = JSON.parse(row.requirements) as PostingAnalysis
    const saved = JSON.parse(row.suggestions) as { suggestions: unknown[]; uncovered: Area[] }
    return c.json(
      {
        posting: { id: row.id, title: row.title, text: row.text, ...analysis },
        suggestions: saved.suggestions,
        uncovered: saved.uncovered,
      },
      200,
    )
  })
