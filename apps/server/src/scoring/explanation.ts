// The offline explanation scorer: what each rubric concept the text states, contradicts or omits, with evidence and advice.
import type {
  CommunicationSignal,
  CriterionScore,
  Misconception,
  Rubric,
  RubricCriterion,
  ScoreFlag,
} from '@pairwise/shared'
import { findQualities, type QualityFinding, type QualityId } from './communication.ts'
import { EXPLANATION_MODEL, type ExplanationModel } from './explanation-model.ts'
import {
  prepareMisconception,
  statedMisconception,
  type MisconceptionCheck,
} from './misconceptions.ts'
import { NgramIndex, RUNS, screenSentences, STATEMENT_SHARE_RUN, type Exclusion } from './guards.ts'
import {
  align,
  questionWords,
  vectorCosine,
  weigh,
  type SimilarityOptions,
  type Weighted,
} from './similarity.ts'
import {
  analyse,
  analyseSentence,
  canonicalComplexity,
  codeIdentifiers,
  countInvisible,
  splitSentences,
  visibleText,
  type Sentence,
} from './text.ts'
import {
  adviceFor,
  judgeSentence,
  makeClaim,
  sentenceView,
  type Claim,
  type Contradiction,
  type SentenceView,
} from './contradiction.ts'

export const OFFLINE_SCORER = { name: 'offline-text', version: '2.1.0' } as const

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
  /** Capped at 10 of 100: text addressed to the grader, or text that is mostly not the candidate's. */
  capped: boolean
  /** Per criterion, the features the fitted model combined (explanation-model.ts order). */
  features: number[][]
  scorer: { name: string; version: string }
}

/** A concept counts from this alignment with one sentence, and fully from FULL on. */
const CONCEPT_FLOOR = 0.35
const CONCEPT_FULL = 0.8
const COVERED = 0.6
/** Advice asks for a concept only below this: a concept half said is neither praised nor asked. */
const MISSING_BELOW = 0.45
const EVIDENCE_MIN = 0.5
/** A concept that names a number counts at most this much from a sentence without it. */
const NUMBER_UNSAID = 0.45
const ADVICE_GAPS = 2
/** A contradicted concept counts against its criterion as half a concept's credit. */
const CONTRADICTION_CREDIT = 0.5
/** A stated misconception costs a whole concept's credit. */
const MISCONCEPTION_CREDIT = 1
/** A concept's anchor in the reference explanation must share this much of its words. */
const ANCHOR_MIN = 0.45

const CRITERION_QUALITY: { pattern: RegExp; quality: QualityId }[] = [
  { pattern: /complex|big-?o|runtime|cost/i, quality: 'complexity' },
  { pattern: /edge|corner|boundary/i, quality: 'edge-cases' },
  { pattern: /trade|alternative|choice|use/i, quality: 'tradeoffs' },
  { pattern: /valid|test|check|verif/i, quality: 'validation' },
  { pattern: /approach|idea|algorithm|method/i, quality: 'approach' },
]

const CAPPED = 'Text addressed to the grader caps the explanation at 10 of 100; a mentor will look.'
/** The most an explanation that tries to instruct the grader can earn, as a fraction. */
export const INJECTION_CAP = 0.1
/**
 * From this share of sentences that earned nothing (copied from the statement, a list of terms,
 * repeats), the text is mostly not an explanation, and is capped like an injection. On the graded
 * set honest explanations stay at or below 6%; pasted statements and keyword lists start at 69%.
 */
export const MOSTLY_EXCLUDED = 0.5
/**
 * From this share of its words in long verbatim runs of the statement, the text is mostly the
 * statement pasted back, even when edits left some of its sentences under the copy threshold. On
 * the graded set honest explanations reach 4%, pasted statements start at 64%.
 */
export const MOSTLY_STATEMENT = 0.4
const MOSTLY_EXCLUDED_NOTE =
  'Most of this text earned nothing (copied from the statement, lists of terms or repeats), which caps it at 10 of 100.'

/**
 * A criterion's share of its points: the weighted features, less a share per wrong statement.
 * With non-negative weights that sum to 1 it lies in 0..1 without clamping; the fit (fit.ts)
 * relies on that to treat the score as linear in the weights.
 */
export function criterionFraction(
  features: readonly number[],
  wrong: number,
  model: ExplanationModel,
): number {
  const combined = features.reduce((s, v, i) => s + v * (model.weights[i] ?? 0), 0)
  return Math.min(1, Math.max(0, combined)) * Math.pow(model.contradictionKeep, wrong)
}

/**
 * The explanation's score from its criteria's weighted fractions, after the cap for injected or
 * mostly excluded text.
 */
export function explanationFraction(weighted: number, capped: boolean): number {
  const total = Math.min(1, Math.max(0, weighted))
  return capped ? Math.min(total, INJECTION_CAP) : total
}

const EXCLUSION_MESSAGES: Record<Exclusion, string> = {
  'injected-instructions':
    'Text addressed to the grader (instructions, notes, claimed scores) was removed and earns nothing.',
  'keyword-list':
    'Lists of keywords without sentences earn nothing: explain each point in a sentence.',
  'repeated-sentences': 'Sentences that repeat earlier ones were not counted again.',
  'copied-from-statement': 'Sentences copied from the problem statement earn nothing.',
  'copied-from-assistant':
    "Sentences copied from the assistant's replies earn nothing: explain in your own words.",
  'matches-reference':
    'Sentences that match the reference explanation word for word earn nothing; a mentor should look.',
}

export function scoreExplanation(
  input: ExplanationInput,
  model: ExplanationModel = EXPLANATION_MODEL,
): ExplanationScore {
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

  const prepared = prepare(input.rubric, input.statement, model)
  const { options, question, referenceRaw, referenceAll, criteria } = prepared
  const screened = screenSentences(sentences, {
    statement: prepared.statementIndex,
    statementShare: prepared.statementShareIndex,
    assistant: new NgramIndex(input.assistantReplies ?? [], RUNS.assistant),
    reference: prepared.referenceIndex,
  })
  const reasons = new Set(screened.excluded.map((e) => e.reason))
  for (const reason of reasons) flags.push({ code: reason, message: EXCLUSION_MESSAGES[reason] })

  const floor = options.embeddingFloor
  const memo = new Map<string, number>()
  const view = (s: Sentence) =>
    sentenceView(s.text, weigh(s.content, question, options), canonicalComplexity)
  const kept = screened.kept.map(view)
  const excludedViews = screened.excluded.map((e) => view(e.sentence))
  // Whole-text similarity to the reference, weighed as the model's options say (Sultan et al.):
  // recall (how much of the reference the text says) and precision (how much of the text is on it).
  const raw = model.options
  const keptRaw = screened.kept.flatMap((s) => weigh(s.content, question, raw))
  const holisticMemo = new Map<string, number>()
  const recall = align(referenceAll, keptRaw, raw.embeddingFloor, holisticMemo)
  const precision = align(keptRaw, referenceAll, raw.embeddingFloor, holisticMemo)
  const holistic =
    keptRaw.length === 0
      ? [0, 0, 0, 0, 0]
      : [
          recall.soft,
          precision.soft,
          recall.hard,
          precision.hard,
          vectorCosine(referenceAll, keptRaw),
        ]

  const judged = criteria.map(({ criterion, concepts, misconceptions }) => ({
    criterion,
    concepts: concepts.map((claim) => judgeConcept(claim, kept, excludedViews, floor, memo)),
    misconceptions: misconceptions.flatMap((check) => {
      const hit = statedMisconception(check, kept, floor, memo)
      return hit
        ? [{ misconception: check.misconception, sentence: hit.sentence, coverage: hit.coverage }]
        : []
    }),
  }))

  // One wrong statement is charged once: to the concept it opposes directly, else the one the
  // sentence covers best.
  const keyOf = (c: ConceptJudgement['contradictions'][number]) =>
    `${c.sentence}\u0000${c.what.kind}\u0000${c.what.found}`
  const owner = new Map<string, { judgement: ConceptJudgement; rank: number }>()
  for (const { concepts } of judged) {
    for (const c of concepts) {
      for (const found of c.contradictions) {
        const rank = (found.what.direct ? 10 : 0) + found.coverage
        const current = owner.get(keyOf(found))
        if (!current || rank > current.rank) owner.set(keyOf(found), { judgement: c, rank })
      }
    }
  }
  for (const { concepts } of judged) {
    for (const c of concepts) {
      const mine = c.contradictions.find((found) => owner.get(keyOf(found))?.judgement === c)
      if (mine) c.contradiction = mine
    }
  }

  const sentenceBest = kept.map((_s, i) => {
    let best = 0
    for (const { concepts } of judged) {
      for (const c of concepts) best = Math.max(best, c.coverageBySentence[i] ?? 0)
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
  const features: number[][] = []
  const scored: CriterionScore[] = judged.map(({ criterion, concepts, misconceptions }) => {
    const claims = criteria.find((c) => c.criterion === criterion)?.concepts ?? []
    const conceptCredit = concepts.reduce(
      (s, c) => s + (c.contradiction ? -CONTRADICTION_CREDIT : credit(c.best)),
      0,
    )
    // A misconception stated in a sentence that already contradicts a concept is one error,
    // not two: the concept's entry keeps it and takes the author's correction as its advice.
    const contradicted = new Map(
      concepts.flatMap((c) => (c.contradiction ? [[c.contradiction.sentence, c] as const] : [])),
    )
    const extra = misconceptions.filter((m) => !contradicted.has(m.sentence))
    const conceptScore = Math.max(
      0,
      (conceptCredit - MISCONCEPTION_CREDIT * extra.length) / Math.max(1, concepts.length),
    )
    const referenceScore = referenceSimilarity(
      prepared.referenceTargets[criteria.findIndex((c) => c.criterion === criterion)] ??
        referenceRaw.flat(),
      keptRaw,
      raw,
      holisticMemo,
    )
    const quality = qualityFor(criterion, qualities)
    // A communication cue without rubric content earns nothing.
    const qualityScore = conceptScore >= 0.25 ? quality.strength : 0
    const x = [conceptScore, referenceScore, qualityScore, ...holistic]
    features.push(x)
    const wrong = concepts.filter((c) => c.contradiction).length + extra.length
    const fraction = criterionFraction(x, wrong, model)
    const max = round1((criterion.weight / totalWeight) * 100)
    score += (criterion.weight / totalWeight) * fraction

    // The author's correction replaces the generated advice of the one entry nearest to it.
    const correctionOf = new Map<string, { concept: string; correction: string }>()
    for (const m of [...misconceptions].sort((a, b) => a.coverage - b.coverage)) {
      const entries = concepts.filter((c) => c.contradiction?.sentence === m.sentence)
      if (entries.length === 0) continue
      const nearest = nearestConcept(m.misconception.correction, claims, floor, memo)
      const concept = entries.find((c) => c.claim.text === nearest) ?? entries[0]
      if (concept) {
        correctionOf.set(m.sentence, {
          concept: concept.claim.text,
          correction: m.misconception.correction,
        })
      }
    }
    const contradictions = [
      ...concepts.flatMap((c) =>
        c.contradiction
          ? [
              {
                sentence: c.contradiction.sentence,
                concept: c.claim.text,
                advice:
                  correctionOf.get(c.contradiction.sentence)?.concept === c.claim.text
                    ? (correctionOf.get(c.contradiction.sentence)?.correction ?? '')
                    : adviceFor(c.claim.text, c.contradiction.what),
              },
            ]
          : [],
      ),
      ...extra.map(({ misconception, sentence }) => ({
        sentence,
        concept: nearestConcept(misconception.correction, claims, floor, memo),
        advice: misconception.correction,
      })),
    ]
    const evidence = evidenceFor(concepts, kept)
    const covered = concepts.filter((c) => !c.contradiction && c.stated).map((c) => c.claim.text)
    // Advice names the next two gaps, never a concept the text states (even in a sentence that
    // earned nothing) or contradicts (that has its own advice).
    const missing = concepts
      .filter((c) => !c.contradiction && c.best < MISSING_BELOW && !c.statedInExcluded)
      .slice(0, ADVICE_GAPS)
      .map((c) => c.claim.text)
    return {
      id: criterion.id,
      title: criterion.title,
      score: round1(max * fraction),
      max,
      evidence,
      feedback: feedbackFor(covered, missing, quality, contradictions.length),
      covered,
      missing,
      ...(contradictions.length > 0 ? { contradictions } : {}),
    }
  })

  // Text that tries to instruct the grader caps the explanation at 10 of 100: the attempt is the
  // finding, and a mentor decides; the honest part still ranks it above an empty answer. So does
  // text that is mostly not an explanation of the candidate's own (pasted, listed, repeated).
  const excludedShare = sentences.length === 0 ? 0 : screened.excluded.length / sentences.length
  const note = reasons.has('injected-instructions')
    ? CAPPED
    : excludedShare >= MOSTLY_EXCLUDED || screened.statementShare >= MOSTLY_STATEMENT
      ? MOSTLY_EXCLUDED_NOTE
      : null
  const capped = note !== null
  const total = Math.min(1, Math.max(0, score))
  const factor = capped && total > INJECTION_CAP ? INJECTION_CAP / total : 1
  return {
    score: explanationFraction(score, capped),
    criteria: capped
      ? scored.map((c) => ({
          ...c,
          score: round1(c.score * factor),
          feedback: `${note} ${c.feedback}`,
        }))
      : scored,
    communication: qualities.map((q) => q.signal),
    flags,
    excludedShare,
    capped,
    features,
    scorer: { ...OFFLINE_SCORER },
  }
}

interface ConceptJudgement {
  claim: Claim
  /** Best coverage by a sentence that does not contradict it. */
  best: number
  where: number
  stated: boolean
  statedInExcluded: boolean
  coverageBySentence: number[]
  /** Every sentence that contradicts the concept; the first one left after dedupe is shown. */
  contradictions: { sentence: string; what: Contradiction; coverage: number }[]
  contradiction?: { sentence: string; what: Contradiction; coverage: number }
}

function judgeConcept(
  claim: Claim,
  kept: SentenceView[],
  excluded: SentenceView[],
  floor: number,
  memo: Map<string, number>,
): ConceptJudgement {
  let best = 0
  let where = -1
  const contradictions: ConceptJudgement['contradictions'] = []
  const coverageBySentence = kept.map((sentence, i) => {
    const j = judgeSentence(claim, sentence, floor, memo)
    if (j.contradiction) {
      contradictions.push({ sentence: sentence.text, what: j.contradiction, coverage: j.coverage })
      return 0
    }
    // "cap of 0", "k = 1": the number is the point, however little a number weighs elsewhere.
    const coverage = saysNumberOf(claim, sentence)
      ? j.coverage
      : Math.min(j.coverage, NUMBER_UNSAID)
    if (coverage > best) {
      best = coverage
      where = i
    }
    return coverage
  })
  const stated =
    best >= COVERED ||
    (where >= 0 && allWordsPresent(claim, kept[where] as SentenceView, floor, memo))
  // Said in a sentence that earned nothing (a keyword list, a copy): the advice must not ask
  // for it as if it were absent.
  const statedInExcluded = excluded.some((s) => allWordsPresent(claim, s, floor, memo))
  return {
    claim,
    best,
    where,
    stated,
    statedInExcluded,
    coverageBySentence,
    contradictions,
  }
}

/** The sentence says one of the claim's numbers ("0", or "zero", whose lemma is 0), or it has none. */
function saysNumberOf(claim: Claim, sentence: SentenceView): boolean {
  if (claim.numbers.size === 0) return true
  for (const n of claim.numbers) if (sentence.numbers.has(n)) return true
  return sentence.tokens.some((w) => claim.numbers.has(w.token.lemma))
}

/** Every content word of the claim appears (as itself, its stem or a synonym) in the sentence. */
function allWordsPresent(
  claim: Claim,
  sentence: SentenceView,
  floor: number,
  memo: Map<string, number>,
): boolean {
  if (claim.tokens.length === 0) return false
  return align(claim.tokens, sentence.tokens, floor, memo, true).pairs.every(
    (p) => p.similarity >= 0.85,
  )
}

function nearestConcept(
  text: string,
  claims: Claim[],
  floor: number,
  memo: Map<string, number>,
): string {
  const tokens = claims[0]
    ? weigh(
        analyseSentence(text).filter((t) => t.content),
        new Set(),
        { ...EXPLANATION_MODEL.options, idfPower: 1 },
      )
    : []
  let best = 0.4
  let name = text
  for (const c of claims) {
    const fit = align(c.tokens, tokens, floor, memo, true).soft
    if (fit > best) {
      best = fit
      name = c.text
    }
  }
  return name
}

function misconceptionsOf(criterion: RubricCriterion): Misconception[] {
  return criterion.misconceptions ?? []
}

/**
 * The criterion's concepts, or, when the author gave none, the reference explanation's
 * sentences that belong to it: with one criterion, all of them.
 */
export function conceptsOf(criterion: RubricCriterion, rubric: Rubric): string[] {
  if (criterion.concepts.length > 0) return criterion.concepts
  const sentences = splitSentences(rubric.referenceExplanation).map((s) => s.text)
  if (rubric.criteria.length === 1) return sentences
  const description = new Set(
    analyseSentence(criterion.description)
      .filter((t) => t.content)
      .map((t) => t.stem),
  )
  const ranked = sentences
    .map((text) => {
      const words = analyseSentence(text).filter((t) => t.content)
      const shared = words.filter((t) => description.has(t.stem)).length
      return { text, fit: words.length === 0 ? 0 : shared / words.length }
    })
    .sort((a, b) => b.fit - a.fit)
  return ranked.filter((r, i) => i === 0 || r.fit >= 0.2).map((r) => r.text)
}

/** A rubric built from a question's reference answer, as an author would give it without concepts. */
export function rubricFromReference(reference: string): Rubric {
  return {
    criteria: [{ id: 'answer', title: 'Answer', weight: 1, description: reference, concepts: [] }],
    referenceExplanation: reference,
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
  relevant: Weighted[],
  explanation: Weighted[],
  options: SimilarityOptions,
  memo: Map<string, number>,
): number {
  if (explanation.length === 0 || relevant.length === 0) return 0
  return align(relevant, explanation, options.embeddingFloor, memo).soft
}

/** Everything about a rubric and statement that does not depend on the explanation. */
interface Prepared {
  options: SimilarityOptions
  question: Set<string>
  statementIndex: NgramIndex
  statementShareIndex: NgramIndex
  referenceIndex: NgramIndex
  referenceRaw: Weighted[][]
  referenceAll: Weighted[]
  /** Per criterion, the reference words its `reference` feature recalls. */
  referenceTargets: Weighted[][]
  criteria: {
    criterion: RubricCriterion
    concepts: Claim[]
    misconceptions: MisconceptionCheck[]
  }[]
}

/**
 * Problem versions never change once loaded, so their prepared form is kept per rubric object
 * (and statement and model); the cache holds no per-explanation state, so scoring stays pure.
 */
const preparedCache = new WeakMap<Rubric, Map<string, Prepared>>()

function prepare(rubric: Rubric, statement: string, model: ExplanationModel): Prepared {
  const key = `${model.version}\u0000${JSON.stringify(model.options)}\u0000${statement}`
  let forRubric = preparedCache.get(rubric)
  const cached = forRubric?.get(key)
  if (cached) return cached
  // Concepts are short: weigh their words by rarity, so "sort" counts more than "pass".
  const options = { ...model.options, idfPower: Math.max(1, model.options.idfPower) }
  const floor = options.embeddingFloor
  const memo = new Map<string, number>()
  const question = questionWords(analyseSentence(statement).filter((t) => t.content))
  const referenceAnalysed = analyse(rubric.referenceExplanation)
  const referenceSentences = referenceAnalysed.map((s) => ({
    text: s.text,
    tokens: weigh(s.content, question, options),
  }))
  const raw = model.options
  const referenceRaw = referenceAnalysed.map((s) => weigh(s.content, question, raw))

  const claimOf = (text: string, anchorOf: 'best' | 'none'): Claim => {
    const tokens = weigh(
      analyseSentence(text).filter((t) => t.content),
      new Set(),
      options,
    )
    let anchor: { text: string; tokens: Weighted[] } | undefined
    if (anchorOf === 'best') {
      let best = ANCHOR_MIN
      for (const r of referenceSentences) {
        const fit = align(tokens, r.tokens, floor, memo, true).soft
        if (fit > best) {
          best = fit
          anchor = r
        }
      }
    }
    const formulas = anchorOf === 'best' ? `${text} ${rubric.referenceExplanation}` : text
    return makeClaim(text, tokens, anchor, canonicalComplexity, floor, memo, formulas)
  }

  const criteria = rubric.criteria.map((criterion) => ({
    criterion,
    concepts: conceptsOf(criterion, rubric).map((text) => claimOf(text, 'best')),
    misconceptions: misconceptionsOf(criterion).map((m) =>
      prepareMisconception(m, claimOf(m.claim, 'none'), (tokens) =>
        weigh(tokens, new Set(), options),
      ),
    ),
  }))
  // With one criterion the whole reference is its own; otherwise the two reference sentences
  // nearest the criterion's concepts and description.
  const referenceTargets = criteria.map(({ criterion, concepts }) => {
    if (rubric.criteria.length === 1) return referenceRaw.flat()
    const description = weigh(
      analyseSentence(criterion.description).filter((t) => t.content),
      new Set(),
      raw,
    )
    const target = [...concepts.flatMap((c) => c.tokens), ...description]
    return referenceRaw
      .map((sentence) => ({ sentence, fit: align(target, sentence, raw.embeddingFloor).hard }))
      .sort((a, b) => b.fit - a.fit)
      .slice(0, 2)
      .flatMap((r) => r.sentence)
  })
  const prepared: Prepared = {
    options,
    question,
    statementIndex: new NgramIndex([statement], RUNS.statement),
    statementShareIndex: new NgramIndex([statement], STATEMENT_SHARE_RUN),
    // The rubric never leaves the server: its wording in an explanation means it leaked.
    referenceIndex: new NgramIndex(
      [rubric.referenceExplanation, ...rubric.criteria.map((c) => c.description)],
      RUNS.reference,
    ),
    referenceRaw,
    referenceAll: referenceRaw.flat(),
    referenceTargets,
    criteria,
  }
  if (!forRubric) {
    forRubric = new Map()
    preparedCache.set(rubric, forRubric)
  }
  // A rubric is scored against one statement and one model in practice; bound it anyway.
  if (forRubric.size > 8) forRubric.clear()
  forRubric.set(key, prepared)
  return prepared
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

function evidenceFor(
  perConcept: { best: number; where: number }[],
  kept: SentenceView[],
): string[] {
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
  covered: string[],
  missing: string[],
  quality: QualityFinding,
  contradictions: number,
): string {
  const parts: string[] = []
  if (covered.length > 0) parts.push(`You covered ${list(covered)}.`)
  if (contradictions > 0) {
    parts.push(
      contradictions === 1
        ? 'One statement is wrong: see below.'
        : `${contradictions} statements are wrong: see below.`,
    )
  }
  if (missing.length > 0) {
    parts.push(`${covered.length > 0 ? 'Next, explain' : 'Not yet explained'}: ${list(missing)}.`)
  }
  // The quality's own advice only when the text lacks the quality altogether: "state the
  // complexity" must never reach someone who did.
  if (!quality.signal.present && missing.length === 0 && contradictions === 0) {
    parts.push(quality.signal.detail)
  }
  return parts.join(' ').trim() || 'Well covered.'
}

function list(items: string[]): string {
  const quoted = items.map((i) => `“${i}”`)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}
