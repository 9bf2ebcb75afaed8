// Reads a job posting offline: the areas it asks for, each with the sentence that shows it.
import { AREAS } from '@pairwise/shared'
import type { Area } from '@pairwise/shared'
import { segmentPosting, stem, tokenize } from './posting-text.ts'
import type { Token } from './posting-text.ts'
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
  /** The sentence or bullet of the posting, verbatim, that asks most clearly for the area. */
  evidence: string
  /** 0–1: grows with the number and strength of the matches; lowered by negation and "nice to have". */
  confidence: number
  /** The taxonomy phrases found, in the order the posting first uses them. */
  matched: string[]
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

interface AreaTally {
  skills: Map<string, SkillTally>
  matched: string[]
  evidence: string
  evidenceScore: number
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
 * Extracts the areas a posting asks for, each with the posting's own sentence as evidence.
 * Offline and deterministic: phrase matching against SKILL_TAXONOMY, nothing else. Markup in the
 * posting is read as text and returned in the evidence exactly as pasted.
 */
export function extractRequirements(text: string): PostingAnalysis {
  const tallies = new Map<Area, AreaTally>()
  const unmatched: string[] = []
  let sectionIsOptional = false

  for (const segment of segmentPosting(text)) {
    const tokens = tokenize(segment.text)
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

    // Per area, each skill once per sentence, at its strongest mention there.
    const perArea = new Map<Area, Map<string, { strength: number; base: number; form: string }>>()
    for (const m of skillMatches) {
      const area = m.pattern.area
      if (area === undefined) continue
      const factor = isNegated(tokens, m.start)
        ? NEGATED_FACTOR
        : optional
          ? NICE_TO_HAVE_FACTOR
          : 1
      const strength = m.pattern.strength * factor
      const skills = perArea.get(area) ?? new Map()
      const prior = skills.get(m.pattern.skill)
      if (prior === undefined || prior.strength < strength) {
        skills.set(m.pattern.skill, { strength, base: m.pattern.strength, form: m.pattern.form })
      }
      perArea.set(area, skills)
      const tally: AreaTally = tallies.get(area) ?? {
        skills: new Map(),
        matched: [],
        evidence: '',
        evidenceScore: 0,
      }
      if (!tally.matched.includes(m.pattern.form)) tally.matched.push(m.pattern.form)
      tallies.set(area, tally)
    }

    for (const [area, skills] of perArea) {
      const tally = tallies.get(area)
      if (tally === undefined) continue
      let segmentScore = 0
      for (const [name, s] of skills) {
        segmentScore += s.strength
        const t = tally.skills.get(name) ?? { best: 0, base: s.base, count: 0 }
        t.best = Math.max(t.best, s.strength)
        t.count += 1
        tally.skills.set(name, t)
      }
      if (segmentScore > tally.evidenceScore) {
        tally.evidenceScore = segmentScore
        tally.evidence = segment.text
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
      requirement: { area, evidence: tally.evidence, confidence, matched: tally.matched },
      score,
    })
  }
  // Stable sort: equal scores keep the vocabulary's order.
  scored.sort((a, b) => b.score - a.score)
  return { requirements: scored.map((s) => s.requirement), unmatchedSkills: unmatched }
}
