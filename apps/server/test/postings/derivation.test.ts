// Four realistic postings each derive their areas, quote evidence, and get a set from the library.
import { loadLibrary } from '@pairwise/problems'
import type { Area, ProblemDefinition } from '@pairwise/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractRequirements, suggestProblems } from '../../src/postings/index.ts'
import { POSTINGS } from './fixtures/postings.ts'

// The evidence as the matcher reads it: markup out, runs of spaces made one.
const asRead = (evidence: string): string => evidence.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ')

let library: ProblemDefinition[]
beforeAll(async () => {
  const load = await loadLibrary()
  expect(load.errors).toEqual([])
  library = load.problems
})

describe.each(POSTINGS)('the $name posting', (posting) => {
  const analysis = extractRequirements(posting.text)
  const areas = analysis.requirements.map((r) => r.area)

  it('derives every area it asks for', () => {
    expect(areas).toEqual(expect.arrayContaining(posting.expected))
  })

  it('derives none of the areas it never mentions', () => {
    for (const area of posting.absent) expect(areas).not.toContain(area)
  })

  it('names each area once, most confident first, with confidence in (0, 1]', () => {
    expect(new Set(areas).size).toBe(areas.length)
    const confidences = analysis.requirements.map((r) => r.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
    for (const c of confidences) {
      expect(c).toBeGreaterThan(0)
      expect(c).toBeLessThanOrEqual(1)
    }
  })

  it('quotes, as evidence, a sentence of the posting that by itself asks for the area', () => {
    for (const r of analysis.requirements) {
      expect(posting.text).toContain(r.evidence)
      expect(r.evidence.trim()).toBe(r.evidence)
      expect(r.matched.length).toBeGreaterThan(0)
      const fromEvidence = extractRequirements(r.evidence).requirements.map((e) => e.area)
      expect(fromEvidence).toContain(r.area)
    }
  })

  it('reports as matched only terms written in the quoted sentence', () => {
    for (const r of analysis.requirements) {
      for (const term of r.matched) expect(asRead(r.evidence), `${r.area}: ${term}`).toContain(term)
    }
  })

  it('finds every area it asks for in the body, not only in the title', () => {
    const title = posting.text.split('\n')[0] ?? ''
    for (const r of analysis.requirements) {
      expect(r.titleOnly, r.area).toBe(false)
      expect(r.evidence, r.area).not.toBe(title)
    }
  })

  it('gives the areas it asks for most more confidence than a passing mention', () => {
    const top = analysis.requirements.find((r) => r.area === posting.expected[0])
    expect(top?.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it('suggests real library problems that cover every area the library can cover', () => {
    const { suggestions, uncovered } = suggestProblems(analysis.requirements, library)
    const bySlug = new Map(library.map((p) => [p.slug, p]))
    const slugs = suggestions.map((s) => s.slug)
    expect(new Set(slugs).size).toBe(slugs.length)

    const coveredBySuggestions = new Set<Area>()
    for (const s of suggestions) {
      const problem = bySlug.get(s.slug)
      expect(problem, s.slug).toBeDefined()
      expect(problem?.areas).toContain(s.area)
      expect(areas).toContain(s.area)
      expect(s.reason).toContain(s.area)
      for (const a of problem?.areas ?? []) coveredBySuggestions.add(a)
    }
    const libraryAreas = new Set(library.flatMap((p) => p.areas))
    for (const area of areas) {
      if (libraryAreas.has(area)) expect(coveredBySuggestions, area).toContain(area)
    }
    expect(uncovered).toEqual(areas.filter((a) => !libraryAreas.has(a)))
  })

  it('names an area as uncovered once the library has nothing for it', () => {
    const missing = posting.expected[posting.expected.length - 1]
    if (missing === undefined) throw new Error('a posting case needs expected areas')
    const without = library.filter((p) => !p.areas.includes(missing))
    const { suggestions, uncovered } = suggestProblems(analysis.requirements, without)
    expect(uncovered).toContain(missing)
    expect(suggestions.map((s) => s.area)).not.toContain(missing)
  })
})

describe('the ads posting in particular', () => {
  const ads = POSTINGS.find((p) => p.name === 'ads prediction')
  if (ads === undefined) throw new Error('missing ads posting')
  const analysis = extractRequirements(ads.text)

  it('quotes the auctions and bidding bullet as the ads evidence, with only its own terms', () => {
    const requirement = analysis.requirements.find((r) => r.area === 'ads')
    expect(requirement?.evidence).toMatch(/^Work with the auction team on bidding strategies/)
    // "CTR prediction" is asked for in another bullet, so it is not reported against this one.
    expect(requirement?.matched).toEqual(['auction', 'bidding', 'reserve prices', 'advertiser'])
  })

  it('suggests the CTR calibration problem, and ads problems under ads', () => {
    const { suggestions } = suggestProblems(analysis.requirements, library)
    // Calibration covers both ads and ml-fundamentals, so it is picked first; which of the two it
    // is listed under depends on how many problems each area has.
    expect(suggestions.map((s) => s.slug)).toContain('isotonic-ctr-calibration')
    const underAds = suggestions.filter((s) => s.area === 'ads')
    expect(underAds.length).toBeGreaterThan(0)
    for (const s of underAds) {
      expect(library.find((p) => p.slug === s.slug)?.areas, s.slug).toContain('ads')
    }
  })

  it('reports low-latency model serving as a skill no area covers', () => {
    expect(analysis.unmatchedSkills).toContain('MLOps')
  })
})
