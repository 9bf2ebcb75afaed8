// The catalog API: filters, search, and proof that no secret of a problem reaches a browser.
import { loadLibrary } from '@pairwise/problems'
import type { ProblemDefinition } from '@pairwise/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syncLibrary } from '../src/problems/repository.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, type TestApp } from './helpers/test-app.ts'

type Summary = { slug: string; areas: string[]; difficulty: string; languages: string[] }

describe.each(DIALECTS)('catalog on $name', (dialect) => {
  let t: TestApp
  let library: ProblemDefinition[]
  beforeAll(async () => {
    t = await createTestApp(dialect)
    library = (await loadLibrary(t.deps.config.problemsDir)).problems
  })
  afterAll(async () => t.close())

  const list = async (query = '') => {
    const res = await t.app.request(`/api/problems${query}`)
    expect(res.status).toBe(200)
    return ((await res.json()) as { problems: Summary[] }).problems
  }

  it('lists every library problem with its summary', async () => {
    const all = await list()
    expect(all.length).toBe(library.length)
    expect(all.length).toBeGreaterThanOrEqual(16)
    expect(new Set(all.flatMap((p) => p.areas)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(all.map((p) => p.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']))
    expect(Object.keys(all[0] ?? {}).sort()).toEqual([
      'areas',
      'difficulty',
      'languages',
      'missingPackages',
      'requires',
      'slug',
      'title',
      'unavailableLanguages',
    ])
  })

  it('filters by area, difficulty and language, and searches text', async () => {
    const ranking = await list('?area=ranking')
    expect(ranking.length).toBeGreaterThan(0)
    expect(ranking.every((p) => p.areas.includes('ranking'))).toBe(true)
    expect(ranking.map((p) => p.slug)).toContain('ndcg-at-k')

    const easy = await list('?difficulty=easy')
    expect(easy.length).toBeGreaterThan(0)
    expect(easy.every((p) => p.difficulty === 'easy')).toBe(true)

    const both = await list('?area=ranking&difficulty=easy&language=typescript')
    expect(both.every((p) => p.areas.includes('ranking') && p.difficulty === 'easy')).toBe(true)

    const search = await list('?q=discounted')
    expect(search.map((p) => p.slug)).toContain('ndcg-at-k')
    expect(search.length).toBeLessThan(library.length)
    expect(await list('?q=zzzz-no-such-words')).toEqual([])
    // LIKE wildcards in the query are literal text: "e_e" finds only problems that say "e_e"
    // (wordpiece_encode), not every "ere" and "eve".
    expect(await list('?q=e%25e')).toEqual([])
    const literal = new Set(
      library.filter((p) => JSON.stringify(p).toLowerCase().includes('e_e')).map((p) => p.slug),
    )
    const underscore = await list('?q=e_e')
    expect(underscore.every((p) => literal.has(p.slug))).toBe(true)
    expect(underscore.length).toBeLessThan(library.length / 4)
  })

  it('refuses an unknown area with 400', async () => {
    const res = await t.app.request('/api/problems?area=astrology')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request')
  })

  it('never sends hidden cases, reference solutions or rubric internals', async () => {
    for (const p of library) {
      const res = await t.app.request(`/api/problems/${p.slug}`)
      expect(res.status).toBe(200)
      const text = await res.text()
      const body = JSON.parse(text) as {
        problem: Record<string, unknown> & { visibleTests: { name: string }[] }
      }
      expect(body.problem.statement).toBe(p.statement)
      expect(body.problem.visibleTests.map((c) => c.name)).toEqual(
        p.cases.filter((c) => c.visible).map((c) => c.name),
      )
      for (const hidden of p.cases.filter((c) => !c.visible)) {
        expect(text).not.toContain(JSON.stringify(hidden.name))
      }
      // Every starter is public: what one language's starter shows ("return result;") is no
      // secret when another language's solution has it too ("return result").
      const starters = Object.values(p.starter).join('\n')
      for (const solution of Object.values(p.solutions)) {
        // No line of the reference solution that no starter has is anywhere in the answer.
        const secret = solution
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l.length > 12 && !starters.includes(l))
        expect(secret.length).toBeGreaterThan(0)
        for (const line of secret) expect(text).not.toContain(JSON.stringify(line).slice(1, -1))
      }
      expect(text).not.toContain(JSON.stringify(p.rubric.referenceExplanation).slice(1, 60))
      const misconceptions = p.rubric.criteria.flatMap((c) => c.misconceptions ?? [])
      expect(misconceptions.length, p.slug).toBeGreaterThan(0)
      for (const m of misconceptions) {
        expect(text).not.toContain(JSON.stringify(m.claim).slice(1, -1))
        expect(text).not.toContain(JSON.stringify(m.correction).slice(1, -1))
      }
      expect(text).not.toContain('"misconceptions"')
      expect(text).not.toContain('"rubric"')
      expect(text).not.toContain('"hints"')
      expect(text).not.toContain('"solutions"')
    }
  })

  it('answers 404 for an unknown problem', async () => {
    const res = await t.app.request('/api/problems/no-such-problem')
    expect(res.status).toBe(404)
  })

  it('loads the library idempotently and versions a changed problem', async () => {
    const again = await syncLibrary(t.deps.db, library)
    expect(again.added).toEqual([])
    expect(again.updated).toEqual([])
    expect(again.unchanged).toBe(library.length)
    const first = library[0]
    if (!first) throw new Error('empty library')
    const changed = { ...first, title: `${first.title} (revised)`, contentHash: 'changed-hash' }
    const result = await syncLibrary(t.deps.db, [changed])
    expect(result.updated).toEqual([first.slug])
    const versions = await t.deps.db
      .selectFrom('problem_versions')
      .select('content_hash')
      .where('slug', '=', first.slug)
      .execute()
    expect(versions.map((v) => v.content_hash).sort()).toEqual(
      [first.contentHash, 'changed-hash'].sort(),
    )
    await syncLibrary(t.deps.db, [first])
  })
})
