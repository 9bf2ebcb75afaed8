// Hostile, empty and off-the-map postings: markup stays inert text; uncovered skills are named.
import { describe, expect, it } from 'vitest'
import {
  extractRequirements,
  MAX_POSTING_CHARS,
  segmentPosting,
  suggestProblems,
} from '../../src/postings/index.ts'
import type { LibraryProblem } from '../../src/postings/index.ts'
import {
  hostilePosting,
  nearlyEmptyPosting,
  speechAndForecastingPosting,
} from './fixtures/postings.ts'

describe('a posting pasted as HTML with scripts in it', () => {
  const analysis = extractRequirements(hostilePosting)
  const byArea = new Map(analysis.requirements.map((r) => [r.area, r]))

  it('still reads the skills written in it', () => {
    expect([...byArea.keys()]).toEqual(
      expect.arrayContaining(['recommendation', 'ranking', 'experimentation']),
    )
  })

  it('returns the evidence exactly as pasted, script tags and all, neither stripped nor escaped', () => {
    expect(byArea.get('recommendation')?.evidence).toBe(
      'Build <b>recommender systems</b> with <script>alert("xss")</script> collaborative filtering',
    )
    expect(byArea.get('experimentation')?.evidence).toBe(
      'Run A/B tests <img src=x onerror="alert(1)"> and report &lt;results&gt;',
    )
    for (const r of analysis.requirements) expect(hostilePosting).toContain(r.evidence)
  })

  it('does not read skills out of tag attributes, comments or instructions aimed at it', () => {
    // "ranking" appears only inside an href, "vision" and "graph" only in a comment.
    expect(byArea.get('ranking')?.matched).not.toContain('ranking')
    expect(byArea.has('vision')).toBe(false)
    expect(byArea.has('graph')).toBe(false)
    for (const r of analysis.requirements) expect(r.confidence).toBeLessThan(1)
  })
})

describe('postings with nothing to go on', () => {
  it.each([
    ['nearly empty', nearlyEmptyPosting],
    ['empty', ''],
    ['whitespace and bullets', ' \n\n • \n - \n 1. \n'],
    ['only markup', '<div><br/><p></p></div>'],
  ])('%s: no requirements, no suggestions, no crash', (_name, text) => {
    const analysis = extractRequirements(text)
    expect(analysis).toEqual({ requirements: [], unmatchedSkills: [] })
    const library: LibraryProblem[] = [
      { slug: 'a', title: 'A', areas: ['ranking'], difficulty: 'easy' },
    ]
    expect(suggestProblems(analysis.requirements, library)).toEqual({
      suggestions: [],
      uncovered: [],
    })
  })
})

describe('a posting asking for skills no area covers', () => {
  const analysis = extractRequirements(speechAndForecastingPosting)

  it('names speech recognition, audio and forecasting as unmatched skills', () => {
    expect(analysis.unmatchedSkills).toEqual(
      expect.arrayContaining(['speech recognition', 'audio', 'time-series forecasting']),
    )
  })

  it('does not force them into a neighbouring area', () => {
    expect(analysis.requirements.map((r) => r.area)).toEqual(['ml-fundamentals'])
  })
})

describe('absurd input', () => {
  it.each([
    ['unclosed tags', '<'.repeat(MAX_POSTING_CHARS)],
    ['one endless word', 'a'.repeat(MAX_POSTING_CHARS)],
    ['endless bullets', '• - * '.repeat(MAX_POSTING_CHARS / 6)],
    ['a tag that never closes', `<li ${'x'.repeat(MAX_POSTING_CHARS - 4)}`],
    ['dots', '. '.repeat(MAX_POSTING_CHARS / 2)],
  ])('%s: finishes with nothing found', (_name, text) => {
    expect(extractRequirements(text).requirements).toEqual([])
  })

  it('reads no further than the cap', () => {
    const filler = 'x '.repeat(MAX_POSTING_CHARS / 2)
    const segments = segmentPosting(`${filler}\nWe need Kafka and Flink experts.`)
    expect(segments.every((s) => s.end <= MAX_POSTING_CHARS)).toBe(true)
    expect(extractRequirements(`${filler}\nWe need Kafka and Flink experts.`).requirements).toEqual(
      [],
    )
  })

  it('cannot be split by invisible characters or fullwidth letters', () => {
    const areas = (text: string) => extractRequirements(text).requirements.map((r) => r.area)
    expect(areas('Experience with Ka\u200Bfka and F\u00ADlink')).toContain('streaming')
    expect(areas('Experience with Ｋａｆｋａ')).toContain('streaming')
  })
})
