// Reads a job posting offline: the areas it asks for, each with the sentence that shows it.
import { AREAS } from '@pairwise/shared'
import type { Area } from '@pairwise/shared'
import { quoteWords, readText, segmentPosting, stem, tokenize } from './posting-text.ts'
import type { Segment, Token } from './posting-text.ts'
import {
  FALSE_FRIENDS,
  HEADING_WORDS,
  NEGATION_WORDS,
  NICE_TO_HAVE,
  SKILL_TAXONOMY,
  UNMAPPED_SKILLS,
} from './skill-taxonomy.ts'
import type { Skill } from './skill-taxonomy.ts'

export interface Requirement {
  area: Area
  /**
   * The sentence or bullet of the posting, verbatim, that asks most clearly for the area: one of
   * the body's when the body names the area at all, the title otherwise.
   */
  evidence: string
  /**
   * 0–1: grows with the number and strength of the matches; lowered by negation, "nice to have"
   * and by a mention that is only in the title.
   */
  confidence: number
  /**
   * The taxonomy phrases found in `evidence`, and only there, as `evidence` writes them (markup
   * left out), in the order it uses them.
   */
  matched: string[]
  /** True when only the posting's title names the area: weaker evidence than a requirement. */
  titleOnly: boolean
}

export interface PostingAnalysis {
  requirements: Requirement[]
  /** Skills the posting asks for that no area covers, such as speech recognition. */
  unmatchedSkills: string[]
}

type PatternKind = 'skill' | 'unmapped' | 'false-friend' | 'nice'

interface PatternToken {
  stem: string
  /** Set for acronyms that match only as written. */
  exact?: string
}

interface Pattern {
  kind: PatternKind
  area?: Area
  skill: string
  form: string
  strength: number
  tokens: PatternToken[]
}

interface Match {
  pattern: Pattern
  start: number
  length: number
}

// A mention this close after a negation word counts for less.
const NEGATION_WINDOW = 4
const NEGATED_FACTOR = 0.4
const NICE_TO_HAVE_FACTOR = 0.7
// A title names the job, not what it asks for: "Senior ML Engineer" alone does not make machine
// learning fundamentals a requirement. Only a term of art in the title passes MIN_AREA_SCORE alone.
const TITLE_FACTOR = 0.5
const MAX_TITLE_TOKENS = 12
// Repeating a skill adds a little, never as much as naming another one.
const REPEAT_FACTOR = 0.2
const MAX_REPEAT_BONUS = 0.5
// An area needs one solid mention, or two weak ones, before it counts as asked for.
const MIN_AREA_SCORE = 0.5
// Score at which confidence reaches 1 - 1/e.
const CONFIDENCE_SCALE = 1.5
const MAX_HEADING_TOKENS = 8

function compileForm(form: string, exact: boolean): PatternToken[] {
  return tokenize(form).map((t) => (exact ? { stem: t.stem, exact: t.raw } : { stem: t.stem }))
}

function skillPatterns(kind: PatternKind, skill: Skill, area?: Area): Pattern[] {
  const seen = new Set<string>()
  const patterns: Pattern[] = []
  const add = (form: string, exact: boolean) => {
    const tokens = compileForm(form, exact)
    const key = `${exact ? '=' : ''}${tokens.map((t) => t.exact ?? t.stem).join(' ')}`
    if (tokens.length === 0 || seen.has(key)) return
    seen.add(key)
    const pattern: Pattern = { kind, skill: skill.skill, form, strength: skill.strength, tokens }
    patterns.push(area === undefined ? pattern : { ...pattern, area })
  }
  for (const form of skill.forms) add(form, false)
  for (const form of skill.exact ?? []) add(form, true)
  return patterns
}

function phrasePatterns(kind: PatternKind, phrases: string[]): Pattern[] {
  return phrases.map((form) => ({
    kind,
    skill: form,
    form,
    strength: 0,
    tokens: compileForm(form, false),
  }))
}

/** Every pattern, indexed by its first token's stem, longest first. */
function buildIndex(): Map<string, Pattern[]> {
  const all: Pattern[] = [
    ...AREAS.flatMap((area) =>
      SKILL_TAXONOMY[area].flatMap((s) => skillPatterns('skill', s, area)),
    ),
    ...UNMAPPED_SKILLS.flatMap((s) => skillPatterns('unmapped', s)),
    ...phrasePatterns('false-friend', FALSE_FRIENDS),
    ...phrasePatterns('nice', NICE_TO_HAVE),
  ]
  const index = new Map<string, Pattern[]>()
  for (const pattern of all) {
    const first = pattern.tokens[0]
    if (first === undefined) continue
    const bucket = index.get(first.stem) ?? []
    bucket.push(pattern)
    index.set(first.stem, bucket)
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length)
  return index
}

const PATTERN_INDEX = buildIndex()
const NEGATIONS = new Set(NEGATION_WORDS)
const HEADINGS = new Set(HEADING_WORDS.map((w) => stem(w)))

/** The number of distinct phrases in the taxonomy, for reports and the docs. */
export const TAXONOMY_SIZE = {
  areas: AREAS.length,
  skills: AREAS.reduce((n, area) => n + SKILL_TAXONOMY[area].length, 0),
  phrases: [...PATTERN_INDEX.values()].flat().filter((p) => p.kind === 'skill').length,
  unmappedSkills: UNMAPPED_SKILLS.length,
}

function tokenMatches(token: Token | undefined, expected: PatternToken): boolean {
  if (token === undefined) return false
  if (expected.exact === undefined) return token.stem === expected.stem
  return token.raw === expected.exact || token.raw === `${expected.exact}s`
}

/** All pattern matches in a token list; the work per token is bounded by its bucket's size. */
function findMatches(tokens: Token[]): Match[] {
  const matches: Match[] = []
  for (let start = 0; start < tokens.length; start++) {
    const bucket = PATTERN_INDEX.get(tokens[start]?.stem ?? '')
    if (bucket === undefined) continue
    for (const pattern of bucket) {
      if (pattern.tokens.every((expected, k) => tokenMatches(tokens[start + k], expected))) {
        matches.push({ pattern, start, length: pattern.tokens.length })
      }
    }
  }
  return matches
}

/**
 * The matches that count: none inside a false friend ("ad hoc"), and per area only the longest at
 * a position and nothing overlapping it, so "learning to rank" does not also count as "rank".
 */
function acceptedMatches(matches: Match[]): Match[] {
  const blocked = new Set<number>()
  for (const m of matches) {
    if (m.pattern.kind !== 'false-friend') continue
    for (let k = 0; k < m.length; k++) blocked.add(m.start + k)
  }
  const coveredUntil = new Map<string, number>()
  const accepted: Match[] = []
  for (const m of matches) {
    if (m.pattern.kind !== 'skill' && m.pattern.kind !== 'unmapped') continue
    const lane = m.pattern.area ?? 'unmapped'
    if (m.start < (coveredUntil.get(lane) ?? 0)) continue
    let clear = true
    for (let k = 0; k < m.length && clear; k++) clear = !blocked.has(m.start + k)
    if (!clear) continue
    coveredUntil.set(lane, m.start + m.length)
    accepted.push(m)
  }
  return accepted
}

function isNegated(tokens: Token[], start: number): boolean {
  for (let k = Math.max(0, start - NEGATION_WINDOW); k < start; k++) {
    if (NEGATIONS.has(tokens[k]?.stem ?? '')) return true
  }
  return false
}

interface SkillTally {
  best: number
  base: number
  count: number
}

interface AreaInSegment {
  skills: Map<string, { strength: number; base: number }>
  /** The area's terms as the segment writes them, in its order. */
  forms: string[]
}

interface AreaTally {
  skills: Map<string, SkillTally>
  matched: string[]
  evidence: string
  evidenceScore: number
  evidenceInBody: boolean
}

function scoreOf(skills: Map<string, SkillTally>, pick: (s: SkillTally) => number): number {
  let score = 0
  for (const s of skills.values()) {
    score += pick(s) + Math.min(MAX_REPEAT_BONUS, REPEAT_FACTOR * (s.count - 1) * s.base)
  }
  return score
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/**
 * Whether the posting's first segment is its title: a whole line of its own, short, not a
 * sentence or a heading, with more of the posting after it (a one-line posting is all body).
 */
function isTitle(text: string, segments: Segment[]): boolean {
  const [first, second] = segments
  if (first === undefined || second === undefined) return false
  if (tokenize(first.text).length > MAX_TITLE_TOKENS) return false
  if (/[.!?;:]$/.test(first.text)) return false
  // The line must end where the segment does (ignoring trailing spaces and tags), so the first
  // sentence of a paragraph is never taken for a title.
  const rest = text.slice(first.end, second.start)
  return /[\n\r\u2028\u2029]|<\/?[A-Za-z]/.test(rest)
}

/**
 * Extracts the areas a posting asks for, each with the posting's own sentence as evidence.
 * Offline and deterministic: phrase matching against SKILL_TAXONOMY, nothing else. Markup in the
 * posting is read as text and returned in the evidence exactly as pasted.
 */
export function extractRequirements(text: string): PostingAnalysis {
  const tallies = new Map<Area, AreaTally>()
  const unmatched: string[] = []
  let sectionIsOptional = false
  const segments = segmentPosting(text)
  const titleSegment = isTitle(text, segments) ? segments[0] : undefined

  for (const segment of segments) {
    const inTitle = segment === titleSegment
    const read = readText(segment.text)
    const tokens = read.tokens
    const matches = findMatches(tokens)
    const accepted = acceptedMatches(matches)
    const skillMatches = accepted.filter((m) => m.pattern.kind === 'skill')
    const saysOptional = matches.some((m) => m.pattern.kind === 'nice')

    const isHeading =
      (/:[\s*_]*$/.test(segment.text) && tokens.length <= MAX_HEADING_TOKENS) ||
      (tokens.length <= 5 &&
        skillMatches.length === 0 &&
        (saysOptional || tokens.some((t) => HEADINGS.has(t.stem))))
    if (isHeading) sectionIsOptional = saysOptional
    const optional = saysOptional || sectionIsOptional

    for (const m of accepted) {
      if (m.pattern.kind === 'unmapped' && !unmatched.includes(m.pattern.skill)) {
        unmatched.push(m.pattern.skill)
      }
    }

    // Per area, each skill once per sentence, at its strongest mention there, and the phrases
    // the sentence uses, which are reported only if it becomes the area's evidence.
    const perArea = new Map<Area, AreaInSegment>()
    for (const m of skillMatches) {
      const area = m.pattern.area
      if (area === undefined) continue
      const placeFactor = inTitle ? TITLE_FACTOR : 1
      const factor = isNegated(tokens, m.start)
        ? NEGATED_FACTOR
        : optional
          ? NICE_TO_HAVE_FACTOR
          : 1
      const base = m.pattern.strength * placeFactor
      const strength = base * factor
      const here: AreaInSegment = perArea.get(area) ?? { skills: new Map(), forms: [] }
      const prior = here.skills.get(m.pattern.skill)
      if (prior === undefined || prior.strength < strength) {
        here.skills.set(m.pattern.skill, { strength, base })
      }
      const written = quoteWords(read, m.start, m.start + m.length)
      if (!here.forms.includes(written)) here.forms.push(written)
      perArea.set(area, here)
    }

    for (const [area, here] of perArea) {
      const tally: AreaTally = tallies.get(area) ?? {
        skills: new Map(),
        matched: [],
        evidence: '',
        evidenceScore: 0,
        evidenceInBody: false,
      }
      tallies.set(area, tally)
      let segmentScore = 0
      for (const [name, s] of here.skills) {
        segmentScore += s.strength
        const t = tally.skills.get(name) ?? { best: 0, base: 0, count: 0 }
        t.best = Math.max(t.best, s.strength)
        t.base = Math.max(t.base, s.base)
        t.count += 1
        tally.skills.set(name, t)
      }
      // Any sentence of the body is better evidence than the title; then the strongest wins.
      const better =
        tally.evidence === '' ||
        (!inTitle && !tally.evidenceInBody) ||
        (inTitle === !tally.evidenceInBody && segmentScore > tally.evidenceScore)
      if (better) {
        tally.evidenceScore = segmentScore
        tally.evidence = segment.text
        tally.evidenceInBody = !inTitle
        tally.matched = here.forms
      }
    }
  }

  const scored: { requirement: Requirement; score: number }[] = []
  for (const area of AREAS) {
    const tally = tallies.get(area)
    if (tally === undefined) continue
    if (scoreOf(tally.skills, (s) => s.base) < MIN_AREA_SCORE) continue
    const score = scoreOf(tally.skills, (s) => s.best)
    const confidence = round2(1 - Math.exp(-score / CONFIDENCE_SCALE))
    scored.push({
      requirement: {
        area,
        evidence: tally.evidence,
        confidence,
        matched: tally.matched,
        titleOnly: !tally.evidenceInBody,
      },
      score,
    })
  }
  // Stable sort: equal scores keep the vocabulary's order.
  scored.sort((a, b) => b.score - a.score)
  return { requirements: scored.map((s) => s.requirement), unmatchedSkills: unmatched }
}
