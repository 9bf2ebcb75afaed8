// The graded explanation set covers every library problem at the quality levels, and only them.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  EXPLANATION_LEVELS,
  graderFile,
  loadExplanationGrades,
  parseExplanationGrades,
  loadGradedExplanations,
  loadLibrary,
  parseGradedExplanations,
} from '../src/index.ts'

describe('the graded explanation set', () => {
  it('has at least 8 rows across the levels for every library problem, and names only real ones', async () => {
    const [{ problems }, rows] = await Promise.all([loadLibrary(), loadGradedExplanations()])
    const slugs = new Set(problems.map((p) => p.slug))
    expect(slugs.size).toBeGreaterThanOrEqual(16)
    for (const row of rows) expect(slugs.has(row.slug), row.id).toBe(true)
    for (const slug of slugs) {
      const mine = rows.filter((r) => r.slug === slug)
      expect(mine.length, slug).toBeGreaterThanOrEqual(8)
      expect(new Set(mine.map((r) => r.level)).size, slug).toBeGreaterThanOrEqual(8)
      // The levels issue 10 names as required are there for every problem.
      for (const level of [
        'excellent',
        'terse',
        'missing-key-idea',
        'fluent-wrong',
        'padding',
        'keyword-stuffing',
        'statement',
        'injection',
      ] as const) {
        expect(
          mine.some((r) => r.level === level),
          `${slug} ${level}`,
        ).toBe(true)
      }
    }
    for (const row of rows) expect(row.id).toBe(`${row.slug}--${row.level}`)
  })

  it('never pastes long runs of the reference explanation into a non-statement row', async () => {
    const [{ problems }, rows] = await Promise.all([loadLibrary(), loadGradedExplanations()])
    const words = (t: string) => t.toLowerCase().match(/[a-z0-9]+/g) ?? []
    for (const row of rows.filter((r) => r.level !== 'statement')) {
      const reference = problems.find((p) => p.slug === row.slug)?.rubric.referenceExplanation ?? ''
      const grams = new Set<string>()
      const ref = words(reference)
      for (let i = 0; i + 14 <= ref.length; i++) grams.add(ref.slice(i, i + 14).join(' '))
      const mine = words(row.text)
      for (let i = 0; i + 14 <= mine.length; i++) {
        expect(grams.has(mine.slice(i, i + 14).join(' ')), row.id).toBe(false)
      }
    }
  })

  it('refuses a grade smuggled into a row, an unknown level, bad JSON and a repeated id', () => {
    const row = { id: 'ndcg-at-k--good', slug: 'ndcg-at-k', level: 'good', text: 'DCG over IDCG.' }
    expect(parseGradedExplanations(JSON.stringify(row))).toEqual([row])
    expect(() => parseGradedExplanations(JSON.stringify({ ...row, score: 90 }))).toThrow(/line 1/)
    expect(() => parseGradedExplanations(JSON.stringify({ ...row, level: 'great' }))).toThrow(
      /level/,
    )
    expect(() => parseGradedExplanations(`${JSON.stringify(row)}\n{`)).toThrow(/line 2: not JSON/)
    expect(() => parseGradedExplanations(`${JSON.stringify(row)}\n${JSON.stringify(row)}`)).toThrow(
      /repeats/,
    )
    expect(EXPLANATION_LEVELS).toHaveLength(10)
  })
})

describe('the human grades of the graded set', () => {
  it('grade every explanation once, on every criterion of its rubric, within each maximum', async () => {
    const [{ problems }, rows] = await Promise.all([loadLibrary(), loadGradedExplanations()])
    const bySlug = new Map(problems.map((p) => [p.slug, p]))
    for (const grader of [1, 2] as const) {
      if (!fs.existsSync(graderFile(grader))) continue
      const grades = await loadExplanationGrades(grader)
      // Every row is graded by both graders: the scorer's figures are measured against grades,
      // never against the level a row was written at.
      expect(grades.map((g) => g.id).sort()).toEqual(rows.map((r) => r.id).sort())
      for (const grade of grades) {
        const slug = grade.id.split('--')[0] ?? ''
        const criteria = bySlug.get(slug)?.rubric.criteria ?? []
        expect(Object.keys(grade.criteria).sort(), grade.id).toEqual(
          criteria.map((c) => c.id).sort(),
        )
        for (const c of criteria)
          expect(grade.criteria[c.id], `${grade.id} ${c.id}`).toBeLessThanOrEqual(
            Math.round(c.weight * 100),
          )
      }
    }
  })

  it('refuse a total that is not the sum of its criteria', () => {
    expect(() =>
      parseExplanationGrades('{"id":"a--terse","criteria":{"x":3,"y":4},"total":9}'),
    ).toThrow(/not the sum/)
  })
})
