// The library's loader: every shipped problem is well-formed, and broken folders say exactly why.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  LIBRARY_DIR,
  loadLibrary,
  parseHints,
  parseProblem,
  readProblemFiles,
} from '../src/index.ts'

const NDCG = path.join(LIBRARY_DIR, 'ndcg-at-k')

describe('the problem library', () => {
  it('loads every folder without a format error', async () => {
    const { problems, errors } = await loadLibrary()
    expect(errors.map((e) => e.message)).toEqual([])
    expect(problems.length).toBe(
      fs.readdirSync(LIBRARY_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).length,
    )
    for (const p of problems) {
      expect(p.hints.length, p.slug).toBe(3)
      expect(p.cases.filter((c) => c.visible).length, p.slug).toBeGreaterThanOrEqual(2)
      expect(p.cases.filter((c) => !c.visible).length, p.slug).toBeGreaterThanOrEqual(3)
      // A problem that needs Python libraries (requires) may offer Python alone; the rest offer both.
      if ((p.requires ?? []).length === 0)
        expect(p.languages, p.slug).toEqual(expect.arrayContaining(['python', 'typescript']))
      else expect(p.languages, p.slug).toContain('python')
      // Java and C++ come with the typed signature their harnesses are generated from.
      if (p.languages.includes('java') || p.languages.includes('cpp')) {
        expect(p.signature, p.slug).toBeDefined()
      }
      expect(p.statement, p.slug).toMatch(/\$/)
    }
  })

  it('gives every problem at least 3 misconceptions, each corrected in at most two sentences', async () => {
    const { problems } = await loadLibrary()
    for (const p of problems) {
      const all = p.rubric.criteria.flatMap((c) => c.misconceptions ?? [])
      expect(all.length, p.slug).toBeGreaterThanOrEqual(3)
      for (const m of all) {
        // A correction that repeats the wrong claim would teach nothing.
        expect(m.correction, `${p.slug}/${m.id}`).not.toBe(m.claim)
        expect(m.correction.split(/(?<=[.!?])\s+(?=[A-Z])/).length, m.id).toBeLessThanOrEqual(2)
      }
    }
  })

  it('covers at least 10 areas at every difficulty', async () => {
    const { problems } = await loadLibrary()
    expect(problems.length).toBeGreaterThanOrEqual(16)
    expect(new Set(problems.flatMap((p) => p.areas)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(problems.map((p) => p.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']))
  })
})

describe('parseProblem', () => {
  const base = () => readProblemFiles(NDCG)

  it('reads a good folder, with hints in order and a content hash', async () => {
    const files = await base()
    const p = parseProblem('ndcg-at-k', files)
    expect(p.functionNames).toEqual({
      python: 'ndcg_at_k',
      typescript: 'ndcgAtK',
      java: 'ndcgAtK',
      cpp: 'ndcg_at_k',
    })
    expect(p.hints[0]).toMatch(/best possible DCG/)
    expect(p.contentHash).toMatch(/^[0-9a-f]{16}$/)
    expect(
      parseProblem('ndcg-at-k', { ...files, 'hints.md': files['hints.md'] + '\n' }).contentHash,
    ).not.toBe(p.contentHash)
  })

  it.each([
    [
      'weights that do not sum to 1',
      (f: Record<string, string>) => {
        const r = JSON.parse(f['rubric.json'] ?? '{}')
        r.criteria[0].weight = 0.9
        f['rubric.json'] = JSON.stringify(r)
      },
      /weights sum to/,
    ],
    [
      'no cases',
      (f: Record<string, string>) => {
        f['tests.json'] = '{"cases":[]}'
      },
      /tests\.json/,
    ],
    [
      'no hidden case',
      (f: Record<string, string>) => {
        const t = JSON.parse(f['tests.json'] ?? '{}')
        t.cases = t.cases.filter((c: { visible: boolean }) => c.visible)
        f['tests.json'] = JSON.stringify(t)
      },
      /no case is hidden/,
    ],
    [
      'a missing solution',
      (f: Record<string, string>) => {
        delete f['solution.ts']
      },
      /solution\.ts is missing/,
    ],
    [
      'an unknown area',
      (f: Record<string, string>) => {
        f['problem.md'] = (f['problem.md'] ?? '').replace(
          'areas: [ranking, experimentation]',
          'areas: [astrology]',
        )
      },
      /areas/,
    ],
    [
      'broken JSON',
      (f: Record<string, string>) => {
        f['rubric.json'] = '{'
      },
      /rubric\.json is not valid JSON/,
    ],
    [
      'a misconception id used twice in one problem',
      (f: Record<string, string>) => {
        const r = JSON.parse(f['rubric.json'] ?? '{}')
        const claim = { claim: 'IDCG sorts ascending.', correction: 'Sort descending instead.' }
        r.criteria[0].misconceptions = [{ id: 'twice', ...claim }]
        r.criteria[1].misconceptions = [{ id: 'twice', ...claim }]
        f['rubric.json'] = JSON.stringify(r)
      },
      /misconception id "twice" repeats/,
    ],
    [
      'a misconception without a correction',
      (f: Record<string, string>) => {
        const r = JSON.parse(f['rubric.json'] ?? '{}')
        r.criteria[0].misconceptions = [{ id: 'bare', claim: 'IDCG sorts ascending.' }]
        f['rubric.json'] = JSON.stringify(r)
      },
      /rubric\.json: criteria\.0\.misconceptions\.0\.correction/,
    ],
    [
      'a misconception id that is not kebab-case',
      (f: Record<string, string>) => {
        const r = JSON.parse(f['rubric.json'] ?? '{}')
        r.criteria[0].misconceptions = [
          { id: 'Not Kebab', claim: 'IDCG sorts ascending.', correction: 'Sort descending.' },
        ]
        f['rubric.json'] = JSON.stringify(r)
      },
      /misconceptions\.0\.id/,
    ],
    [
      'an unknown field in a misconception',
      (f: Record<string, string>) => {
        const r = JSON.parse(f['rubric.json'] ?? '{}')
        r.criteria[0].misconceptions = [
          { id: 'extra', claim: 'IDCG sorts ascending.', correction: 'Sort descending.', x: 1 },
        ]
        f['rubric.json'] = JSON.stringify(r)
      },
      /misconceptions\.0/,
    ],
    [
      'a misspelt number tag in an expected value',
      (f: Record<string, string>) => {
        const t = JSON.parse(f['tests.json'] ?? '{}')
        t.cases[0].expected = [0.5, { $number: 'nan' }]
        f['tests.json'] = JSON.stringify(t)
      },
      /tests\.json: case ".+": expected\.1 has a "\$number" key but is not \{"\$number":"NaN"\}/,
    ],
    [
      'a number tag with another key beside it in the arguments',
      (f: Record<string, string>) => {
        const t = JSON.parse(f['tests.json'] ?? '{}')
        t.cases[0].args[0] = [1, { $number: 'Infinity', sign: 1 }]
        f['tests.json'] = JSON.stringify(t)
      },
      /tests\.json: case ".+": args\.0\.1 has a "\$number" key/,
    ],
    [
      'no front matter',
      (f: Record<string, string>) => {
        f['problem.md'] = 'Just text, no front matter at all here.'
      },
      /front matter/,
    ],
  ])('refuses %s, with the reason', async (_what, mutate, reason) => {
    const files = await base()
    mutate(files)
    expect(() => parseProblem('ndcg-at-k', files)).toThrow(reason)
  })

  it('reads a rubric without misconceptions, since the field is optional', async () => {
    const files = await base()
    const r = JSON.parse(files['rubric.json'] ?? '{}')
    for (const c of r.criteria) delete c.misconceptions
    const p = parseProblem('ndcg-at-k', { ...files, 'rubric.json': JSON.stringify(r) })
    expect(p.rubric.criteria.every((c) => c.misconceptions === undefined)).toBe(true)
  })

  it('splits hints on "## Hint N" headings', () => {
    expect(parseHints('## Hint 1\n\nA\n\n## Hint 2\nB\n')).toEqual(['A', 'B'])
  })
})
