// The offline explanation scorer: rubric concept coverage with quoted evidence, advice and flags.
import type {
  CommunicationSignal,
  CriterionScore,
  Rubric,
  RubricCriterion,
  ScoreFlag,
} from '@pairwise/shared'
import { findQualities, type QualityFinding, type QualityId } from './communication.ts'
import { GRADE_MODEL } from './grade.ts'
import { NgramIndex, screenSentences, type Exclusion } from './guards.ts'
import { align, questionWords, weigh, type Weighted } from './similarity.ts'
import {
  analyse,
  analyseSentence,
  codeIdentifiers,
  countInvisible,
  visibleText,
  type Sentence,
} from './text.ts'

export const OFFLINE_SCORER = { name: 'offline-text', version: '1.0.0' } as const

export interface ExplanationInput {
  explanation: string
  rubric: Rubric
  statement: string
  code?: string
  assistantReplies?: readonly string[]
}

export interface ExplanationScore {
  /** 0..1, the rubric-weighted explanation score. */
  score: number
  /** Criteria with points out of 100 in all (their max values sum to 100). */
  criteria: CriterionScore[]
  communication: CommunicationSignal[]
  flags: ScoreFlag[]
  /** Share of the explanation's sentences that earned no credit (copied, injected, repeated …). */
  excludedShare: number
  scorer: { name: string; version: string }
}

/** Mix of each criterion's score. Concepts dominate: they are what the rubric author asked for. */
const MIX = { concepts: 0.7, reference: 0.2, quality: 0.1 }
/** A concept counts from this alignment with one sentence, and fully from FULL on. */
const CONCEPT_FLOOR = 0.35
const CONCEPT_FULL = 0.8
const COVERED = 0.6
const EVIDENCE_MIN = 0.5
const ADVICE_GAPS = 2

const CRITERION_QUALITY: { pattern: RegExp; quality: QualityId }[] = [
  { pattern: /complex|big-?o|runtime|cost/i, quality: 'complexity' },
  { pattern: /edge|corner|boundary/i, quality: 'edge-cases' },
  { pattern: /trade|alternative|choice|use/i, quality: 'tradeoffs' },
  { pattern: /valid|test|check|verif/i, quality: 'validation' },
  { pattern: /approach|idea|algorithm|method/i, quality: 'approach' },
]

const EXCLUSION_MESSAGES: Record<Exclusion, string> = {
  'injected-instructions':
    'Text addressed to the grader (instructions, notes, claimed scores) was removed and earns nothing.',
  'keyword-list':
    'Lists of keywords without sentences earn nothing: explain each point in a sentence.',
  'repeated-sentences': 'Repeated sentences were counted once.',
  'copied-from-statement': 'Sentences copied from the problem statement earn nothing.',
  'copied-from-assistant':
    "Sentences copied from the assistant's replies earn nothing: explain in your own words.",
  'matches-reference':
    'Sentences that match the reference explanation word for word earn nothing; a mentor should look.',
}

interface Concept {
  text: string
  tokens: Weighted[]
}

export function scoreExplanation(input: ExplanationInput): ExplanationScore {
  const flags: ScoreFlag[] = []
  const invisible = countInvisible(input.explanation)
  if (invisible > 0) {
    flags.push({
      code: 'hidden-characters',
      message: `${invisible} invisible character(s) were removed; quotes show the visible text.`,
    })
  }
  const visible = visibleText(input.explanation)
  const sentences = analyse(visible)
  if (sentences.every((s) => s.content.length === 0)) {
    flags.push({ code: 'empty-explanation', message: 'The explanation has no words to score.' })
  }

  const screened = screenSentences(sentences, {
    statement: new NgramIndex([input.statement]),
    assistant: new NgramIndex(input.assistantReplies ?? []),
    // The rubric never leaves the server: its wording in an explanation means it leaked.
    reference: new NgramIndex([
      input.rubric.referenceExplanation,
      ...input.rubric.criteria.map((c) => c.description),
    ]),
  })
  const reasons = new Set(screened.excluded.map((e) => e.reason))
  for (const reason of reasons) flags.push({ code: reason, message: EXCLUSION_MESSAGES[reason] })

  // Concepts are short: weigh their words by rarity, so "sort" counts more than "pass".
  const options = { ...GRADE_MODEL.options, idfPower: Math.max(1, GRADE_MODEL.options.idfPower) }
  const floor = options.embeddingFloor
  const question = questionWords(analyseSentence(input.statement).filter((t) => t.content))
  const memo = new Map<string, number>()
  const keptWeighted = screened.kept.map((s) => weigh(s.content, question, options))
  const allKept = keptWeighted.flat()
  const referenceSentences = analyse(input.rubric.referenceExplanation).map((s) =>
    weigh(s.content, question, options),
  )

  // How well each kept sentence covers each concept: alignment recall of the concept's words.
  const conceptsOf = (criterion: RubricCriterion): Concept[] =>
    criterion.concepts.map((text) => ({
      text,
      tokens: weigh(
        analyseSentence(text).filter((t) => t.content),
        new Set(),
        options,
      ),
    }))
  const coverage = (concept: Concept, sentence: Weighted[]) =>
    concept.tokens.length === 0 || sentence.length === 0
      ? 0
      : align(concept.tokens, sentence, floor, memo, true).soft

  const criteria = input.rubric.criteria.map((criterion) => ({
    criterion,
    concepts: conceptsOf(criterion),
  }))
  const sentenceBest = screened.kept.map((_s, i) => {
    let best = 0
    for (const { concepts } of criteria) {
      for (const concept of concepts)
        best = Math.max(best, coverage(concept, keptWeighted[i] ?? []))
    }
    return best
  })
  const substantive = (sentence: Sentence) => {
    const i = screened.kept.indexOf(sentence)
    return i >= 0 && (sentenceBest[i] ?? 0) >= EVIDENCE_MIN
  }
  const qualities = findQualities(
    screened.kept,
    substantive,
    input.code ? codeIdentifiers(input.code) : [],
    input.statement,
  )

  const totalWeight = input.rubric.criteria.reduce((s, c) => s + c.weight, 0)
  let score = 0
  const scored: CriterionScore[] = criteria.map(({ criterion, concepts }) => {
    const perConcept = concepts.map((concept) => {
      let best = 0
      let where = -1
      keptWeighted.forEach((sentence, i) => {
        const c = coverage(concept, sentence)
        if (c > best) {
          best = c
          where = i
        }
      })
      return { concept, best, where }
    })
    const conceptScore =
      perConcept.reduce((s, p) => s + credit(p.best), 0) / Math.max(1, perConcept.length)
    const referenceScore = referenceSimilarity(criterion, concepts, referenceSentences, allKept)
    const quality = qualityFor(criterion, qualities)
    // A communication cue without rubric content earns nothing.
    const qualityScore = conceptScore >= 0.25 ? quality.strength : 0
    const fraction = Math.min(
      1,
      MIX.concepts * conceptScore + MIX.reference * referenceScore + MIX.quality * qualityScore,
    )
    const max = round1((criterion.weight / totalWeight) * 100)
    score += (criterion.weight / totalWeight) * fraction

    const evidence = evidenceFor(perConcept, screened.kept)
    const covered = perConcept.filter((p) => p.best >= COVERED).map((p) => p.concept.text)
    // Advice names the next two gaps, not the rubric's whole checklist: the point is to explain
    // better, not to paste the rubric's words back after every scoring.
    const missing = perConcept
      .filter((p) => p.best < COVERED)
      .slice(0, ADVICE_GAPS)
      .map((p) => p.concept.text)
    return {
      id: criterion.id,
      title: criterion.title,
      score: round1(max * fraction),
      max,
      evidence,
      feedback: feedbackFor(criterion, covered, missing, quality, evidence.length),
      covered,
      missing,
    }
  })

  return {
    score: Math.min(1, Math.max(0, score)),
    criteria: scored,
    communication: qualities.map((q) => q.signal),
    flags,
    excludedShare: sentences.length === 0 ? 0 : screened.excluded.length / sentences.length,
    scorer: { ...OFFLINE_SCORER },
  }
}

function credit(alignment: number): number {
  return Math.min(1, Math.max(0, (alignment - CONCEPT_FLOOR) / (CONCEPT_FULL - CONCEPT_FLOOR)))
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * Recall of the reference sentences that belong to this criterion, against the kept explanation
 * words. Only the reference's words are counted, so extra text adds nothing.
 */
function referenceSimilarity(
  criterion: RubricCriterion,
  concepts: Concept[],
  referenceSentences: Weighted[][],
  explanation: Weighted[],
): number {
  if (explanation.length === 0 || referenceSentences.length === 0) return 0
  const conceptWords = concepts.flatMap((c) => c.tokens)
  const description = weigh(
    analyseSentence(criterion.description).filter((t) => t.content),
    new Set(),
    GRADE_MODEL.options,
  )
  const target = [...conceptWords, ...description]
  const floor = GRADE_MODEL.options.embeddingFloor
  const ranked = referenceSentences
    .map((sentence) => ({ sentence, fit: align(target, sentence, floor).hard }))
    .sort((a, b) => b.fit - a.fit)
  const relevant = ranked.slice(0, 2).flatMap((r) => r.sentence)
  if (relevant.length === 0) return 0
  const recall = align(relevant, explanation, floor).hard
  return Math.min(1, recall / 0.7)
}

function qualityFor(criterion: RubricCriterion, qualities: QualityFinding[]): QualityFinding {
  const text = `${criterion.id} ${criterion.title}`
  const id = CRITERION_QUALITY.find((m) => m.pattern.test(text))?.quality ?? 'specificity'
  return (
    qualities.find((q) => q.signal.id === id) ?? {
      signal: { id, label: id, present: false, evidence: [], detail: '' },
      strength: 0,
    }
  )
}

function evidenceFor(perConcept: { best: number; where: number }[], kept: Sentence[]): string[] {
  const chosen = new Map<number, number>()
  for (const p of perConcept) {
    if (p.best < EVIDENCE_MIN || p.where < 0) continue
    chosen.set(p.where, Math.max(chosen.get(p.where) ?? 0, p.best))
  }
  return [...chosen.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .sort((a, b) => a[0] - b[0])
    .map(([i]) => kept[i]?.text ?? '')
    .filter((text) => text.length > 0)
}

function feedbackFor(
  criterion: RubricCriterion,
  covered: string[],
  missing: string[],
  quality: QualityFinding,
  evidenceCount: number,
): string {
  const parts: string[] = []
  if (covered.length > 0) parts.push(`You covered ${list(covered)}.`)
  if (missing.length > 0) {
    parts.push(`${covered.length > 0 ? 'Next, explain' : 'Not yet explained'}: ${list(missing)}.`)
  }
  if (!quality.signal.present || quality.strength < 1) {
    if (missing.length === 0 || evidenceCount === 0) parts.push(quality.signal.detail)
  }
  return parts.join(' ').trim() || 'Well covered.'
}

function list(items: string[]): string {
  const quoted = items.map((i) => `“${i}”`)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}
