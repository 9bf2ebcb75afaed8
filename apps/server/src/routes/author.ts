// Authoring for instructors: write a problem, validate its reference solutions, publish it.
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
import {
  authoredState,
  createAuthored,
  listAuthored,
  publishDraft,
  recordValidation,
  saveDraft,
} from '../authoring/repository.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { AppError } from '../http/errors.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { reportOf, validateProblem } from '../problems/validate.ts'

const FILE_NAMES = [
  'problem.md',
  'tests.json',
  'rubric.json',
  'hints.md',
  'starter.py',
  'starter.ts',
  'starter.java',
  'starter.cpp',
  'solution.py',
  'solution.ts',
  'solution.java',
  'solution.cpp',
  'generator.py',
  'generator.json',
] as const

const Files = z.partialRecord(z.enum(FILE_NAMES), z.string().max(400_000))
const CreateBody = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens')
    .max(80),
  files: Files,
})
const SaveBody = z.strictObject({ files: Files })

const clean = (files: z.infer<typeof Files>) =>
  Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >

export const author = new Hono<AppEnv>()
  .use(requireRole('instructor'))
  .get('/problems', async (c) =>
    c.json({ problems: await listAuthored(c.var.deps.db, currentUser(c)) }, 200),
  )
  .post('/problems', validate('json', CreateBody), async (c) => {
    const body = c.req.valid('json')
    await createAuthored(c.var.deps.db, currentUser(c), body.slug, clean(body.files))
    const { files, published, hasDraft } = await authoredState(
      c.var.deps.db,
      currentUser(c),
      body.slug,
    )
    return c.json(
      { problem: { slug: body.slug, files, published, hasDraft, validation: null } },
      201,
    )
  })
  .get('/problems/:slug', async (c) => {
    const s = await authoredState(c.var.deps.db, currentUser(c), c.req.param('slug'))
    return c.json(
      {
        problem: {
          slug: s.slug,
          files: s.files,
          published: s.published,
          hasDraft: s.hasDraft,
          validation: s.validation,
        },
      },
      200,
    )
  })
  .put('/problems/:slug', validate('json', SaveBody), async (c) => {
    const slug = c.req.param('slug')
    await saveDraft(c.var.deps.db, currentUser(c), slug, clean(c.req.valid('json').files))
    const s = await authoredState(c.var.deps.db, currentUser(c), slug)
    return c.json(
      {
        problem: {
          slug,
          files: s.files,
          published: s.published,
          hasDraft: s.hasDraft,
          validation: null,
        },
      },
      200,
    )
  })
  .post('/problems/:slug/validate', limitPerUser('validate', 20, 60_000), async (c) => {
    const { db, runner } = c.var.deps
    if (!runner)
      throw new AppError(503, 'runner_unavailable', 'No runner is available to validate with.')
    const s = await authoredState(db, currentUser(c), c.req.param('slug'))
    // Each language's reference solution runs through the same sandboxed queue as candidates' code.
    const report = reportOf(await validateProblem(runner.forUser(currentUser(c).id), s.problem))
    await recordValidation(db, s.versionId, report)
    return c.json({ validation: report }, 200)
  })
  .post('/problems/:slug/publish', async (c) => {
    await publishDraft(c.var.deps.db, currentUser(c), c.req.param('slug'))
    return c.json({ published: true }, 200)
  })
