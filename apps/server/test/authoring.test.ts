// Authoring and postings: drafts, validation through the runner, publishing, versions, rights.
import path from 'node:path'
import { LIBRARY_DIR, readProblemFiles } from '@pairwise/problems'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { createRunnerService } from '../src/services.ts'
import { importSet, readSetZip } from '../src/problem-sets/export.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

warnIfNoSandbox('authoring validation runs with the local runner')

const POSTING = `Senior Machine Learning Engineer, Ads Ranking.
You will own CTR prediction and calibration models for our ad auction, and design online A/B tests
to measure revenue impact. You have shipped gradient boosting and deep learning models, and you
are fluent in statistics. Experience with Kafka streaming pipelines is a plus.
<script>alert('x')</script>`

/** A problem's files with Java and C++ taken out: their files, and their names in problem.md. */
function pythonAndTypeScriptOnly(all: Record<string, string>): Record<string, string> {
  const kept = Object.fromEntries(
    Object.entries(all).filter(([name]) => !/\.(java|cpp)$/.test(name)),
  )
  const md = kept['problem.md'] ?? ''
  const name = (language: string) =>
    new RegExp(`\\b${language}: (\\w+)`).exec(/^function:.*$/m.exec(md)?.[0] ?? '')?.[1] ?? ''
  kept['problem.md'] = md
    .replace(/^languages:.*$/m, 'languages: [python, typescript]')
    .replace(
      /^function:.*$/m,
      `function: { python: ${name('python')}, typescript: ${name('typescript')} }`,
    )
  return kept
}

describe.each(DIALECTS)('authoring and postings on $name', (dialect) => {
  let t: TestApp
  let ines: string
  let ivan: string
  let cara: string
  /** ndcg-at-k as the library has it, in all four languages. */
  let libraryFiles: Record<string, string>
  /** The same in Python and TypeScript only, so each validation below stays quick. */
  let files: Record<string, string>
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: hasSandbox ? 'sandbox' : 'local', allowLocalRunnerMultiUser: true }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    ines = (await userWithRole(t, 'ines@example.com', 'instructor')).cookie
    ivan = (await userWithRole(t, 'ivan@example.com', 'instructor')).cookie
    cara = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
    libraryFiles = await readProblemFiles(path.join(LIBRARY_DIR, 'ndcg-at-k'))
    delete libraryFiles['generator.py']
    delete libraryFiles['generator.json']
    files = pythonAndTypeScriptOnly(libraryFiles)
  })
  afterAll(async () => t.close())

  const req = (method: string, p: string, cookie?: string, body?: unknown) =>
    t.app.request(p, jsonRequest(method, body, cookie))

  it('refuses candidates and invalid problems, with the reason', async () => {
    expect((await req('GET', '/api/author/problems', cara)).status).toBe(403)
    expect((await req('GET', '/api/author/problems')).status).toBe(401)
    const rubric = JSON.parse(files['rubric.json'] ?? '{}') as { criteria: { weight: number }[] }
    rubric.criteria[0]!.weight = 0.9
    const bad = await req('POST', '/api/author/problems', ines, {
      slug: 'bad-weights',
      files: { ...files, 'rubric.json': JSON.stringify(rubric) },
    })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/weights sum to/)
    const noCases = await req('POST', '/api/author/problems', ines, {
      slug: 'no-cases',
      files: { ...files, 'tests.json': '{"cases":[]}' },
    })
    expect(noCases.status).toBe(400)
    expect(
      (await req('POST', '/api/author/problems', ines, { slug: 'Bad Slug', files })).status,
    ).toBe(400)
    expect(
      (await req('POST', '/api/author/problems', ines, { slug: 'ndcg-at-k', files })).status,
    ).toBe(409)
  })

  it('publishes only after the reference solutions validate, and versions later edits', async () => {
    const broken = {
      ...files,
      'solution.py': files['solution.py']!.replace(
        'if ideal > 0 else 0.0',
        'if ideal > 0 else 1.0',
      ),
    }
    const created = await req('POST', '/api/author/problems', ines, {
      slug: 'feed-ndcg',
      files: {
        ...broken,
        'problem.md': files['problem.md']!.replace(
          'NDCG@k for a ranked feed',
          'Feed NDCG <b>draft</b>',
        ),
      },
    })
    expect(created.status).toBe(201)
    expect((await req('GET', '/api/problems/feed-ndcg')).status).toBe(404)
    expect((await req('GET', '/api/author/problems/feed-ndcg', ivan)).status).toBe(404)
    expect((await req('POST', '/api/author/problems/feed-ndcg/publish', ines)).status).toBe(409)

    const failed = (await (
      await req('POST', '/api/author/problems/feed-ndcg/validate', ines)
    ).json()) as { validation: { failures: { case?: string; language?: string }[] } }
    expect(failed.validation.failures.length).toBeGreaterThan(0)
    expect(failed.validation.failures.every((f) => f.language === 'python')).toBe(true)
    expect(failed.validation.failures.map((f) => f.case)).toContain('nothing relevant')
    const refused = await req('POST', '/api/author/problems/feed-ndcg/publish', ines)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'validation_failed',
    )

    const fixed = await req('PUT', '/api/author/problems/feed-ndcg', ines, {
      files: {
        ...files,
        'problem.md': files['problem.md']!.replace(
          'NDCG@k for a ranked feed',
          'Feed NDCG <b>draft</b>',
        ),
      },
    })
    expect(fixed.status).toBe(200)
    const ok = (await (
      await req('POST', '/api/author/problems/feed-ndcg/validate', ines)
    ).json()) as { validation: { failures: unknown[]; testsPassed: number } }
    expect(ok.validation.failures).toEqual([])
    expect(ok.validation.testsPassed).toBe(16)
    expect((await req('POST', '/api/author/problems/feed-ndcg/publish', ines)).status).toBe(200)
    const live = (await (await req('GET', '/api/problems/feed-ndcg')).json()) as {
      problem: { title: string }
    }
    expect(live.problem.title).toBe('Feed NDCG <b>draft</b>')

    // A session started now keeps this version after the next edit is published.
    const session = (
      (await (
        await req('POST', '/api/sessions', cara, { problemSlug: 'feed-ndcg', language: 'python' })
      ).json()) as { session: { id: string } }
    ).session
    const v2 = {
      ...files,
      'problem.md': files['problem.md']!.replace('NDCG@k for a ranked feed', 'Feed NDCG v2'),
    }
    expect((await req('PUT', '/api/author/problems/feed-ndcg', ines, { files: v2 })).status).toBe(
      200,
    )
    expect(
      (
        (await (await req('GET', '/api/problems/feed-ndcg')).json()) as {
          problem: { title: string }
        }
      ).problem.title,
    ).toBe('Feed NDCG <b>draft</b>')
    await req('POST', '/api/author/problems/feed-ndcg/validate', ines)
    expect((await req('POST', '/api/author/problems/feed-ndcg/publish', ines)).status).toBe(200)
    expect(
      (
        (await (await req('GET', '/api/problems/feed-ndcg')).json()) as {
          problem: { title: string }
        }
      ).problem.title,
    ).toBe('Feed NDCG v2')
    const pinned = (await (await req('GET', `/api/sessions/${session.id}`, cara)).json()) as {
      session: { problemTitle: string }
    }
    const rows = await t.deps.db
      .selectFrom('practice_sessions')
      .select('problem_version_id')
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow()
    const version = await t.deps.db
      .selectFrom('problem_versions')
      .select('definition')
      .where('id', '=', rows.problem_version_id)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(version.definition).title).toBe('Feed NDCG <b>draft</b>')
    expect(pinned.session.problemTitle).toBeDefined()
  })

  it('validates a problem whose answers are NaN, written as {"$number":"NaN"} in tests.json', async () => {
    const tests = JSON.parse(files['tests.json'] ?? '{}') as {
      cases: { name: string; expected?: unknown }[]
    }
    for (const c of tests.cases) {
      if (c.name === 'nothing relevant' || c.name === 'empty list') c.expected = { $number: 'NaN' }
    }
    const nanFiles = {
      ...files,
      'tests.json': JSON.stringify(tests),
      'solution.py': files['solution.py']!.replace(
        'if ideal > 0 else 0.0',
        "if ideal > 0 else float('nan')",
      ),
      'solution.ts': files['solution.ts']!.replace('/ ideal : 0', '/ ideal : 0 / 0'),
    }
    expect(nanFiles['solution.ts']).toContain('0 / 0')
    const created = await req('POST', '/api/author/problems', ines, {
      slug: 'nan-ndcg',
      files: nanFiles,
    })
    expect(created.status).toBe(201)
    const ok = (await (
      await req('POST', '/api/author/problems/nan-ndcg/validate', ines)
    ).json()) as { validation: { failures: unknown[]; testsPassed: number } }
    expect(ok.validation.failures).toEqual([])
    expect(ok.validation.testsPassed).toBe(16)

    // References that return 0 where the author expects NaN fail, and the reason says so.
    const zero = { ...nanFiles, 'solution.py': files['solution.py']! }
    expect((await req('PUT', '/api/author/problems/nan-ndcg', ines, { files: zero })).status).toBe(
      200,
    )
    const failed = (await (
      await req('POST', '/api/author/problems/nan-ndcg/validate', ines)
    ).json()) as {
      validation: { failures: { case?: string; language?: string; reason: string }[] }
    }
    expect(failed.validation.failures).toEqual([
      {
        slug: 'nan-ndcg',
        language: 'python',
        case: 'nothing relevant',
        reason: 'expected NaN, got 0',
      },
      { slug: 'nan-ndcg', language: 'python', case: 'empty list', reason: 'expected NaN, got 0' },
    ])

    const misspelt = JSON.stringify(tests).replaceAll('"NaN"', '"nan"')
    const refused = await req('PUT', '/api/author/problems/nan-ndcg', ines, {
      files: { ...nanFiles, 'tests.json': misspelt },
    })
    expect(refused.status).toBe(400)
    const { error } = (await refused.json()) as { error: { message: string } }
    expect(error.message).toContain('case "nothing relevant": expected has a "$number" key')
  })

  it('takes Java and C++ starters and solutions, and validates them in the sandbox', async () => {
    const created = await req('POST', '/api/author/problems', ines, {
      slug: 'typed-ndcg',
      files: libraryFiles,
    })
    expect(created.status).toBe(201)
    const stored = (await (await req('GET', '/api/author/problems/typed-ndcg', ines)).json()) as {
      problem: { files: Record<string, string> }
    }
    for (const name of ['starter.java', 'solution.java', 'starter.cpp', 'solution.cpp'])
      expect(stored.problem.files[name]).toBe(libraryFiles[name])
    const validated = (await (
      await req('POST', '/api/author/problems/typed-ndcg/validate', ines)
    ).json()) as { validation: { failures: unknown[]; testsPassed: number } }
    expect(validated.validation.failures).toEqual([])
    // Eight cases in each of the four languages.
    expect(validated.validation.testsPassed).toBe(32)
  }, 180_000)

  it('derives requirements from a posting and turns the suggestion into a problem set', async () => {
    expect((await req('POST', '/api/postings', cara, { text: POSTING })).status).toBe(403)
    expect((await req('POST', '/api/postings', ines, { text: 'too short' })).status).toBe(400)
    const res = await req('POST', '/api/postings', ines, { text: POSTING, title: 'Ads ranking' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as {
      posting: { id: string; requirements: { area: string; evidence: string }[] }
      suggestions: { slug: string; area: string }[]
    }
    const areas = body.posting.requirements.map((r) => r.area)
    expect(areas).toEqual(expect.arrayContaining(['ads', 'experimentation']))
    expect(areas).not.toContain('vision')
    for (const r of body.posting.requirements) expect(POSTING).toContain(r.evidence)
    expect(body.suggestions.length).toBeGreaterThan(0)
    expect((await req('GET', `/api/postings/${body.posting.id}`, ivan)).status).toBe(404)
    const stored = (await (await req('GET', `/api/postings/${body.posting.id}`, ines)).json()) as {
      posting: { text: string }
    }
    expect(stored.posting.text).toContain("<script>alert('x')</script>")

    const set = await req('POST', '/api/problem-sets', ines, {
      title: 'Ads ranking loop',
      problemSlugs: body.suggestions.map((s) => s.slug),
      postingId: body.posting.id,
    })
    expect(set.status).toBe(201)
  })

  it('exports a set as a zip and imports folders back, validated, all or nothing', async () => {
    const created = await req('POST', '/api/problem-sets', ines, {
      title: 'Export me',
      problemSlugs: ['ndcg-at-k', 'iou-nms'],
    })
    const setId = ((await created.json()) as { problemSet: { id: string } }).problemSet.id
    expect((await req('GET', `/api/problem-sets/${setId}/export`, cara)).status).toBe(403)
    expect((await req('GET', `/api/problem-sets/${setId}/export`, ivan)).status).toBe(404)
    const res = await req('GET', `/api/problem-sets/${setId}/export`, ines)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    const exported = readSetZip(new Uint8Array(await res.arrayBuffer()))
    expect(exported.manifest.problems).toEqual(['ndcg-at-k', 'iou-nms'])
    // Another instructor cannot read Ines's solutions by putting her problem in a set of his.
    const foreign = await req('POST', '/api/problem-sets', ivan, {
      title: 'Borrowed',
      problemSlugs: ['feed-ndcg'],
    })
    const foreignId = ((await foreign.json()) as { problemSet: { id: string } }).problemSet.id
    const refused = await req('GET', `/api/problem-sets/${foreignId}/export`, ivan)
    expect(refused.status).toBe(403)
    expect(await refused.text()).not.toContain('def ndcg_at_k')
    expect(Object.keys(exported.problems['iou-nms'] ?? {})).toEqual(
      expect.arrayContaining(['problem.md', 'solution.py', 'tests.json']),
    )

    const runner = t.deps.runner
    if (!runner) throw new Error('no runner')
    const owner = {
      id: (
        await t.deps.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'ines@example.com')
          .executeTakeFirstOrThrow()
      ).id,
      email: 'ines@example.com',
      name: 'Ines',
      role: 'instructor' as const,
    }
    const asRunner = runner.forUser(owner.id)
    const renamed = {
      manifest: { ...exported.manifest, title: 'Imported', problems: ['ndcg-copy', 'iou-nms'] },
      problems: { 'ndcg-copy': exported.problems['ndcg-at-k'] ?? {} },
    }
    const broken = {
      ...renamed,
      problems: {
        'ndcg-copy': {
          ...renamed.problems['ndcg-copy'],
          'solution.py': 'def ndcg_at_k(r, k):\n    return 0.5\n',
        },
      },
    }
    // Each import validates ndcg-at-k in all four languages, compiling its Java and C++.
    const failed = await importSet(t.deps.db, asRunner, owner, broken)
    expect(failed.set).toBeNull()
    expect(failed.failures.length).toBeGreaterThan(0)
    expect((await req('GET', '/api/problems/ndcg-copy')).status).toBe(404)
    const ok = await importSet(t.deps.db, asRunner, owner, renamed)
    expect(ok).toMatchObject({ imported: ['ndcg-copy'], reused: ['iou-nms'], failures: [] })
    expect((await req('GET', '/api/problems/ndcg-copy')).status).toBe(200)
  }, 180_000)
})
