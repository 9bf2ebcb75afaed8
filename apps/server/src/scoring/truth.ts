// Whether a sentence states, contradicts or omits a claim: alignment, negation, opposites, numbers, formulas, complexity.
import { opposites } from './antonyms.ts'
import { align, type Weighted } from './similarity.ts'
import type { Token } from './text.ts'

export type ContradictionKind =
  'negation' | 'opposite' | 'number' | 'formula' | 'log-base' | 'complexity'

export interface Contradiction {
  kind: ContradictionKind
  /** What the claim needs, and what the sentence says instead, as short phrases. */
  expected: string
  found: string
  /** The claim's own word is opposed (not a word near it in the reference). */
  direct?: boolean
}

/** A rubric concept or a misconception, prepared once per scoring. */
export interface Claim {
  text: string
  tokens: Weighted[]
  /** Lemmas of the claim itself, and of the words near it in its reference sentence. */
  own: Set<string>
  context: Set<string>
  /** "dcg" → the claim's words it abbreviates ("discounted cumulative gain"). */
  acronyms: Map<string, Weighted[]>
  /** Complexity classes the claim names, canonical. */
  classes: string[]
  /** Numbers the claim names. */
  numbers: Set<string>
  /**
   * Raw text where formulas and log bases are read: the whole reference explanation, since a
   * formula is one fact of the problem whichever concept a sentence is charged to.
   */
  formulaText: string
  bases: Set<string>
  numerators: Set<string>
}

export interface SentenceView {
  text: string
  tokens: Weighted[]
  lemmas: Set<string>
  /** Classes the sentence claims for itself (not "instead of O(n^2)", not "a naive O(n^2)"). */
  classes: string[]
  numbers: Set<string>
  hypothetical: boolean
  bases: Set<string>
  numerators: Set<string>
}

export interface SentenceJudgement {
  /** 0..1 soft recall of the claim's words in the sentence. */
  coverage: number
  contradiction?: Contradiction
}

/** Similarity from which two words count as the same word (stem, synonym, strong neighbour). */
const SAME_WORD = 0.85
/** A sentence must share this much of a claim to contradict it by negation or numbers. */
const NEGATION_TOPIC = 0.5
const NUMBER_TOPIC = 0.75
/** Opposites and formulas need a sentence on the claim's topic, but one word is the difference. */
const OPPOSITE_TOPIC = 0.34
const ANCHOR_TOPIC = 0.5

const HYPOTHETICAL =
  /\b(?:would|could|might|may|if|naive(?:ly)?|brute[- ]force|instead|rather|avoid\w*|otherwise|unlike|versus|vs\.?|than)\b/i

const BIG_O = /\b[OΘΩ]\s*\(\s*([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?)\)/g
/** Words just before a complexity class that mean the writer does not claim it. */
const DISOWNED =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- only ever tested on the 30 characters before a match
  /(?:than|instead of|rather than|not|never|avoid\w*|naive\w*|brute[- ]force\w*|would\s+(?:be|cost|take|need)|versus|vs\.?|from|down from|unlike)\s*(?:an?\s+|the\s+)?(?:\w+\s+)?$/i

export function complexityClasses(text: string, canonical: (inner: string) => string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(BIG_O)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    if (DISOWNED.test(before)) continue
    out.push(canonical(m[1] ?? ''))
  }
  return out
}

function numbersOf(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => /^\d+(?:\.\d+)?$/.test(t.lower)).map((t) => t.lower))
}

export function sentenceView(
  text: string,
  tokens: Weighted[],
  canonical: (inner: string) => string,
): SentenceView {
  return {
    text,
    tokens,
    lemmas: new Set(tokens.map((w) => w.token.lemma)),
    classes: complexityClasses(text, canonical),
    numbers: numbersOf(tokens.map((w) => w.token)),
    hypothetical: HYPOTHETICAL.test(text),
    bases: logBases(text),
    numerators: logNumerators(text),
  }
}

/**
 * Prepares a claim. `anchor` is the reference sentence that best states it: the words within a
 * few places of the claim's own words there join its context, so that "ideal ordering" knows the
 * reference says "sorted in descending order, the ideal ranking".
 */
export function makeClaim(
  text: string,
  tokens: Weighted[],
  anchor: { text: string; tokens: Weighted[] } | undefined,
  canonical: (inner: string) => string,
  floor: number,
  memo: Map<string, number>,
  formulaText = text,
): Claim {
  const own = new Set(tokens.flatMap((w) => [w.token.lemma, w.token.lower]))
  const context = new Set(own)
  if (anchor) {
    const near = new Set<number>()
    anchor.tokens.forEach((a, i) => {
      // Letters and numbers ("k", "n", "1") are in every sentence: they anchor nothing.
      if (a.token.lemma.length < 3 || /^\d/.test(a.token.lemma)) return
      const hit = tokens.some((c) => align([c], [a], floor, memo, true).soft >= SAME_WORD)
      if (hit) for (let j = i - 3; j <= i + 3; j++) near.add(j)
    })
    anchor.tokens.forEach((a, i) => {
      if (near.has(i) && !a.token.complexity) context.add(a.token.lemma)
    })
  }
  const acronyms = new Map<string, Weighted[]>()
  const words = tokens.filter((w) => /^[a-z]{2,}$/.test(w.token.lower))
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= 4 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n)
      acronyms.set(run.map((w) => w.token.lower[0]).join(''), run)
    }
  }
  return {
    text,
    tokens,
    own,
    context,
    acronyms,
    classes: tokens.filter((w) => w.token.complexity).map((w) => w.token.complexity as string),
    numbers: numbersOf(tokens.map((w) => w.token)),
    formulaText,
    bases: logBases(formulaText),
    numerators: logNumerators(formulaText),
  }
}

export function judgeSentence(
  claim: Claim,
  sentence: SentenceView,
  floor: number,
  memo: Map<string, number>,
): SentenceJudgement {
  if (claim.tokens.length === 0 || sentence.tokens.length === 0) return { coverage: 0 }
  // "DCG" in the sentence says "discounted cumulative gain" in full.
  let words = sentence.tokens
  for (const w of sentence.tokens) {
    const run = claim.acronyms.get(w.token.lower)
    if (run && !claim.own.has(w.token.lower)) words = [...words, ...run]
  }
  const alignment = align(claim.tokens, words, floor, memo, true)
  const coverage = alignment.soft
  const contradiction =
    oppositeOf(claim, sentence, alignment.pairs) ??
    complexityOf(claim, sentence, alignment.pairs) ??
    formulaOf(claim, sentence, coverage) ??
    negationOf(claim, sentence, alignment.pairs, coverage) ??
    numberOf(claim, sentence, alignment.pairs)
  return contradiction ? { coverage, contradiction } : { coverage }
}

type Pairs = ReturnType<typeof align>['pairs']

/** Weighted share of the claim's words (other than `skip`) that the sentence has as such. */
function topicShare(claim: Claim, pairs: Pairs, skip: (t: Token) => boolean): number {
  let total = 0
  let hit = 0
  claim.tokens.forEach((w, i) => {
    // Single letters ("k", "n") are in every sentence about the problem: they set no topic.
    if (skip(w.token) || w.token.lemma.length < 2) return
    total += w.weight
    if ((pairs[i]?.similarity ?? 0) >= SAME_WORD) hit += w.weight
  })
  return total === 0 ? 0 : hit / total
}

/**
 * Comparatives oppose only the claim's own words: "count less" in a sentence about gain does not
 * deny "rewards relevant items much more" said elsewhere in the reference.
 */
const COMPARATIVES = new Set([
  'more',
  'less',
  'fewer',
  'higher',
  'lower',
  'larger',
  'smaller',
  'greater',
  'high',
  'low',
  'large',
  'small',
  'big',
  'many',
  'few',
])
/** Sentence words this close to a word of the claim can oppose it. */
const NEAR = 4

function oppositeOf(claim: Claim, sentence: SentenceView, pairs: Pairs): Contradiction | undefined {
  // Where the sentence says the claim's words (letters and numbers aside).
  const anchors: number[] = []
  for (const p of pairs) {
    if (!p.to || p.similarity < SAME_WORD || p.from.lemma.length < 3 || /^\d/.test(p.from.lemma))
      continue
    const i = sentence.tokens.findIndex((w) => w.token === p.to)
    if (i >= 0) anchors.push(i)
  }
  for (const [index, w] of sentence.tokens.entries()) {
    const t = w.token
    if (!anchors.some((a) => Math.abs(a - index) <= NEAR) && !claim.own.has(t.lemma)) {
      // Far from anything the claim says: about something else.
      if (claim.tokens.length > 1) continue
    }
    if (t.complexity || !/^[a-z]/.test(t.lemma)) continue
    if (claim.context.has(t.lemma) || claim.context.has(t.lower)) continue
    for (const word of [t.lemma, t.lower]) {
      const opposite = [...opposites(word)].find(
        (o) =>
          (claim.own.has(o) || (claim.context.has(o) && !COMPARATIVES.has(o))) &&
          !sentence.lemmas.has(o),
      )
      if (!opposite) continue
      // "not ascending" agrees with "descending".
      if (t.negated) continue
      const topic = topicShare(claim, pairs, (c) => c.lemma === opposite || Boolean(c.complexity))
      const claimIsTheWord = claim.tokens.length === 1 && claim.tokens[0]?.token.lemma === opposite
      // An opposite of the claim's own word needs less of its topic than one of a word near it
      // in the reference ("ideal ordering" ← "sorted in descending order").
      const needed = claim.own.has(opposite) ? OPPOSITE_TOPIC : ANCHOR_TOPIC
      if (topic >= needed || claimIsTheWord) {
        return {
          kind: 'opposite',
          expected: opposite,
          found: t.lower,
          direct: claim.own.has(opposite),
        }
      }
    }
  }
  return undefined
}

function complexityOf(
  claim: Claim,
  sentence: SentenceView,
  pairs: Pairs,
): Contradiction | undefined {
  if (claim.classes.length === 0 || sentence.classes.length === 0) return undefined
  if (sentence.classes.some((c) => claim.classes.includes(c))) return undefined
  if (sentence.hypothetical) return undefined
  const words = claim.tokens.filter((w) => !w.token.complexity)
  // "O(n log n) sort" against "sorting costs O(n^2)": the sentence must be about the claim's step.
  if (words.length > 0 && topicShare(claim, pairs, (t) => Boolean(t.complexity)) < 0.5) {
    return undefined
  }
  return {
    kind: 'complexity',
    expected: claim.classes.map(prettyClass).join(' or '),
    found: sentence.classes.map(prettyClass).join(', '),
    direct: true,
  }
}

function negationOf(
  claim: Claim,
  sentence: SentenceView,
  pairs: Pairs,
  coverage: number,
): Contradiction | undefined {
  if (coverage < NEGATION_TOPIC || sentence.hypothetical) return undefined
  let matched = 0
  let flipped = 0
  let flippedWord = ''
  claim.tokens.forEach((w, i) => {
    const pair = pairs[i]
    if (!pair?.to || pair.similarity < SAME_WORD || w.token.complexity) return
    if (/^\d/.test(w.token.lower)) return
    matched += w.weight
    if (Boolean(w.token.negated) !== Boolean(pair.to.negated)) {
      flipped += w.weight
      flippedWord ||= pair.to.lower
    }
  })
  if (matched === 0 || flipped / matched < 0.5) return undefined
  const claimNegated = claim.tokens.some((w) => w.token.negated)
  return {
    kind: 'negation',
    expected: claimNegated ? 'not' : 'so',
    found: claimNegated ? flippedWord : `not ${flippedWord}`,
    direct: true,
  }
}

function numberOf(claim: Claim, sentence: SentenceView, pairs: Pairs): Contradiction | undefined {
  if (claim.numbers.size === 0 || sentence.numbers.size === 0 || sentence.hypothetical) {
    return undefined
  }
  for (const n of sentence.numbers) if (claim.numbers.has(n)) return undefined
  const topic = topicShare(claim, pairs, (t) => /^\d/.test(t.lower) || Boolean(t.complexity))
  if (topic < NUMBER_TOPIC) return undefined
  return {
    kind: 'number',
    expected: [...claim.numbers].join(' or '),
    found: [...sentence.numbers].join(', '),
    direct: true,
  }
}

/** Log bases written in a text: "log2", "log_2", "lg", "ln", "natural log", "log10". */
export function logBases(text: string): Set<string> {
  const out = new Set<string>()
  const lower = text.toLowerCase()
  if (/\blog_?\{?2\}?|\blg\b|\bbase[- ]2\b|\bbinary log/.test(lower)) out.add('2')
  if (/\bln\b|\bnatural log|\blog_?e\b|\bmath\.log\(/.test(lower)) out.add('e')
  if (/\blog_?\{?10\}?|\bbase[- ]10\b|\bcommon log/.test(lower)) out.add('10')
  return out
}

/** The numerator of a division by a log, as a skeleton: names become `v`, "**" becomes "^". */
export function logNumerators(text: string): Set<string> {
  const out = new Set<string>()
  const plain = text
    .toLowerCase()
    .replace(/\*\*/g, '^')
    .replace(/[−–]/g, '-')
    .replace(/pow\s*\(\s*([^,()]{1,10}),\s*([^,()]{1,10})\)/g, '$1^$2')
  const re = /(\([^()]{1,40}\)|[a-z0-9_^.]{1,30})\s*\/\s*(?:log|ln|lg|math\.log)/g
  for (const m of plain.matchAll(re)) {
    const body = (m[1] ?? '')
      .replace(/\s+/g, '')
      .replace(/^\((.*)\)$/, '$1')
      .replace(/[a-z_][a-z0-9_]*/g, 'v')
    out.add(body)
  }
  return out
}

function formulaOf(
  claim: Claim,
  sentence: SentenceView,
  coverage: number,
): Contradiction | undefined {
  const claimBases = claim.bases
  const sentenceBases = sentence.bases
  if (claimBases.size > 0 && sentenceBases.size > 0 && coverage >= OPPOSITE_TOPIC) {
    if (![...sentenceBases].some((b) => claimBases.has(b))) {
      const name = (b: string) => (b === 'e' ? 'ln' : `log${b}`)
      return {
        kind: 'log-base',
        expected: [...claimBases].map(name).join(' or '),
        found: [...sentenceBases].map(name).join(', '),
      }
    }
  }
  const claimTops = claim.numerators
  const sentenceTops = sentence.numerators
  if (claimTops.size > 0 && sentenceTops.size > 0 && coverage >= OPPOSITE_TOPIC) {
    if (![...sentenceTops].some((t) => claimTops.has(t))) {
      return {
        kind: 'formula',
        expected: [...claimTops].join(' or '),
        found: [...sentenceTops].join(', '),
      }
    }
  }
  return undefined
}

/** `O(nlogn)` → `O(n log n)`, `O(n2)` → `O(n^2)`: the canonical form as a reader writes it. */
export function prettyClass(canonical: string): string {
  const inner = canonical
    .slice(2, -1)
    .replace(/log/g, ' log ')
    .replace(/([a-z])(\d)/g, '$1^$2')
    .replace(/\s+/g, ' ')
    .trim()
  return `O(${inner})`
}

/** One line that says what is wrong, for the score card. */
export function adviceFor(concept: string, c: Contradiction): string {
  switch (c.kind) {
    case 'opposite':
      return `This says “${c.found}” where “${concept}” needs “${c.expected}”.`
    case 'negation':
      return c.expected === 'not'
        ? `This does what “${concept}” rules out.`
        : `This denies “${concept}”, which the solution needs.`
    case 'number':
      return `“${concept}” needs ${c.expected}; this says ${c.found}.`
    case 'log-base':
      return `“${concept}” uses ${c.expected}; this uses ${c.found}.`
    case 'formula':
      return `The formula's numerator should be ${c.expected}; this has ${c.found}.`
    case 'complexity':
      return `“${concept}” needs ${c.expected}; this claims ${c.found}.`
  }
}
