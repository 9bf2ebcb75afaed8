// Postings: an instructor pastes a job posting and gets its requirements and matching problems.
import { randomUUID } from 'node:crypto'
import { PostingBody, type Area } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'
import { extractRequirements, suggestProblems } from '../postings/index.ts'
import { listProblems } from '../problems/repository.ts'

export const postings = new Hono<AppEnv>()
  .use(requireRole('instructor'))
  .post('/', validate('json', PostingBody), async (c) => {
    const { db } = c.var.deps
    const body = c.req.valid('json')
    const analysis = extractRequirements(body.text)
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
  .get('/:id', async (c) => {
    const user = currentUser(c)
    let q = c.var.deps.db.selectFrom('postings').selectAll().where('id', '=', c.req.param('id'))
    if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
    const row = await q.executeTakeFirst()
    if (!row) throw notFound('posting')
    const analysis = JSON.parse(row.requirements) as ReturnType<typeof extractRequirements>
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
