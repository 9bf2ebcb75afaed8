// Requirements to a problem set: coverage, breadth, mixed difficulty, no repeats, gaps named.
import type { Area } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import { suggestProblems } from '../../src/postings/index.ts'
import type { LibraryProblem, RequiredArea } from '../../src/postings/index.ts'

const problem = (
  slug: string,
  areas: Area[],
  difficulty: LibraryProblem['difficulty'] = 'medium',
): LibraryProblem => ({ slug, title: slug, areas, difficulty })

const library: LibraryProblem[] = [
  problem('rank-easy', ['ranking'], 'easy'),
  problem('rank-easy-2', ['ranking'], 'easy'),
  problem('rank-hard', ['ranking'], 'hard'),
  problem('rank-and-ab', ['ranking', 'experimentation'], 'medium'),
  problem('ab-only', ['experimentation'], 'easy'),
  problem('cf', ['recommendation'], 'medium'),
  problem('vision-only', ['vision'], 'easy'),
]

const need = (...areas: [Area, number][]): RequiredArea[] =>
  areas.map(([area, confidence]) => ({ area, confidence, matched: [] }))

describe('suggestProblems', () => {
  it('prefers a problem that covers several required areas', () => {
    const { suggestions } = suggestProblems(
      need(['ranking', 0.9], ['experimentation', 0.5]),
      library,
    )
    expect(suggestions[0]?.slug).toBe('rank-and-ab')
  })

  it('lists a problem under the required area the library has fewest problems for', () => {
    const { suggestions } = suggestProblems(
      need(['ranking', 0.9], ['experimentation', 0.5]),
      library,
    )
    // Picked for ranking, but it is one of only two experimentation problems.
    expect(suggestions[0]).toMatchObject({ slug: 'rank-and-ab', area: 'experimentation' })
    expect(suggestions[0]?.reason).toContain('also covers ranking')
  })

  it('mixes difficulties within an area rather than taking two of a kind', () => {
    const { suggestions } = suggestProblems(need(['ranking', 0.9]), library, { perArea: 3 })
    const difficulties = suggestions.map((s) => library.find((p) => p.slug === s.slug)?.difficulty)
    expect(new Set(difficulties).size).toBe(3)
  })

  it('respects perArea, counting a problem already picked for another area', () => {
    const { suggestions } = suggestProblems(
      need(['ranking', 0.9], ['experimentation', 0.8]),
      library,
      { perArea: 1 },
    )
    // rank-and-ab covers both, so one problem is enough.
    expect(suggestions.map((s) => s.slug)).toEqual(['rank-and-ab'])
  })

  it('never suggests the same slug twice, even when areas compete for it', () => {
    const { suggestions } = suggestProblems(
      need(['experimentation', 0.9], ['ranking', 0.8], ['recommendation', 0.7]),
      library,
      { perArea: 5 },
    )
    const slugs = suggestions.map((s) => s.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs).not.toContain('vision-only')
  })

  it('names the required areas nothing covers, most wanted first', () => {
    const { suggestions, uncovered } = suggestProblems(
      need(['graph', 0.4], ['ranking', 0.9], ['ads', 0.7]),
      library,
    )
    expect(uncovered).toEqual(['ads', 'graph'])
    expect(suggestions.every((s) => s.area === 'ranking')).toBe(true)
  })

  it('is deterministic and ignores duplicate requirements', () => {
    const reqs = need(['ranking', 0.9], ['ranking', 0.4], ['recommendation', 0.6])
    expect(suggestProblems(reqs, library)).toEqual(suggestProblems(reqs, [...library].reverse()))
  })

  it('suggests nothing for no requirements', () => {
    expect(suggestProblems([], library)).toEqual({ suggestions: [], uncovered: [] })
  })
})
