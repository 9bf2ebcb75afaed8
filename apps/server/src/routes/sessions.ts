// Practice sessions: start one, read it, autosave code and explanation, read the transcript.
import {
  ArchiveSessionBody,
  ClientEventBody,
  CreateSessionBody,
  MAX_CODE_BYTES,
  SaveCodeBody,
  SaveExplanationBody,
  SessionListQuery,
  TranscriptQuery,
} from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { AppError, notFound, staleRev } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { getCurrentProblem } from '../problems/repository.ts'
import { listProblemSets } from '../problem-sets/repository.ts'
import {
  createSession,
  listSessionsOf,
  saveCode,
  saveExplanation,
  sessionFor,
  setArchived,
  toPracticeSession,
} from '../sessions/repository.ts'
import { eventsForOwner } from '../scoring/viewer.ts'
import { appendEvent, listEvents } from '../transcript/repository.ts'
import { recordSnapshot } from '../transcript/snapshot-recorder.ts'

/** Client-reported events per session; a real session has far fewer. */
const MAX_CLIENT_EVENTS = 2_000

export function assertCodeSize(code: string) {
  if (Buffer.byteLength(code, 'utf8') > MAX_CODE_BYTES) {
    throw new AppError(
      413,
      'code_too_large',
      `Code is limited to ${MAX_CODE_BYTES / 1024} KB. Trim it before saving.`,
    )
  }
}

export const sessions = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', validate('query', SessionListQuery), async (c) => {
    const query = c.req.valid('query')
    const rows = await listSessionsOf(c.var.deps.db, currentUser(c).id, {
      ...(query.problem ? { problemSlug: query.problem } : {}),
      archived: query.archived === '1',
      unfinished: query.unfinished === '1',
    })
    return c.json({ sessions: rows.map(toPracticeSession) }, 200)
  })
  .post('/', validate('json', CreateSessionBody), async (c) => {
    const body = c.req.valid('json')
    const { db } = c.var.deps
    const found = await getCurrentProblem(db, body.problemSlug)
    if (!found) throw notFound('problem')
    const starter = found.problem.starter[body.language]
    if (starter === undefined) {
      throw new AppError(
        400,
        'language_unavailable',
        `This problem has no ${body.language} version.`,
      )
    }
    const user = currentUser(c)
    if (body.problemSetId) {
      const [set] = await listProblemSets(db, user, body.problemSetId)
      if (!set || !set.problems.some((p) => p.slug === body.problemSlug))
        throw notFound('problem set')
    }
    const id = await createSession(db, {
      problemSetId: body.problemSetId ?? null,
      userId: user.id,
      problemSlug: body.problemSlug,
      versionId: found.versionId,
      language: body.language,
      starter,
    })
    const row = await sessionFor(db, user, id, 'work')
    return c.json({ session: toPracticeSession(row) }, 201)
  })
  .get('/:id', async (c) => {
    const row = await sessionFor(c.var.deps.db, currentUser(c), c.req.param('id'), 'view')
    return c.json({ session: toPracticeSession(row) }, 200)
  })
  .put(
    '/:id/code',
    limitPerUser('save', 300, 60_000),
    validate('json', SaveCodeBody),
    async (c) => {
      const { db } = c.var.deps
      const body = c.req.valid('json')
      assertCodeSize(body.code)
      const row = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
      // The save and its transcript snapshot commit together.
      const outcome = await db.transaction().execute(async (trx) => {
        const saved = await saveCode(trx, row.id, body.code, body.rev)
        if (saved.ok) await recordSnapshot(trx, row.id)
        return saved
      })
      if (!outcome.ok) throw staleRev(outcome.currentRev, 'code')
      return c.json({ rev: outcome.rev }, 200)
    },
  )
  .put('/:id/explanation', validate('json', SaveExplanationBody), async (c) => {
    const { db } = c.var.deps
    const body = c.req.valid('json')
    const row = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
    const outcome = await saveExplanation(db, row.id, body.text, body.rev)
    if (!outcome.ok) throw staleRev(outcome.currentRev, 'explanation')
    return c.json({ ok: true as const, rev: outcome.rev }, 200)
  })
  .post(
    '/:id/events',
    limitPerUser('events', 120, 60_000),
    validate('json', ClientEventBody),
    async (c) => {
      const { db } = c.var.deps
      const body = c.req.valid('json')
      const row = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
      const reported = await db
        .selectFrom('transcript_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('session_id', '=', row.id)
        .where('type', 'in', ['paste', 'ai_insert', 'explanation_draft'])
        .executeTakeFirstOrThrow()
      if (Number(reported.n) >= MAX_CLIENT_EVENTS) {
        throw new AppError(
          429,
          'too_many_events',
          `A session records at most ${MAX_CLIENT_EVENTS} pastes, insertions and drafts.`,
        )
      }
      const event = await appendEvent(db, row.id, body.type, body.data)
      return c.json({ seq: event.seq }, 201)
    },
  )
  .put('/:id/archive', validate('json', ArchiveSessionBody), async (c) => {
    const { db } = c.var.deps
    const row = await sessionFor(db, currentUser(c), c.req.param('id'), 'work')
    await setArchived(db, row.id, c.req.valid('json').archived)
    const updated = await sessionFor(db, currentUser(c), row.id, 'work')
    return c.json({ session: toPracticeSession(updated) }, 200)
  })
  // In pages: `next` is the `after` of the following page, or null at the end.
  .get('/:id/transcript', validate('query', TranscriptQuery), async (c) => {
    const { db } = c.var.deps
    const user = currentUser(c)
    const row = await sessionFor(db, user, c.req.param('id'), 'view')
    const { events, next } = await listEvents(db, row.id, c.req.valid('query'))
    const visible = row.user_id === user.id ? eventsForOwner(events) : events
    return c.json({ events: visible, next }, 200)
  })
