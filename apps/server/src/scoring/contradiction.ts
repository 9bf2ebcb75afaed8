// Whether a sentence states, contradicts or omits a claim: alignment, negation, opposites, numbers, formulas, complexity.
import { COMPARATIVES, opposites } from './antonyms.ts'
import { comparable, complexityUses, type ClassUse } from './big-o.ts'
import { align, wordSimilarity, type Weighted } from './similarity.ts'
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
  /**
   * What each word of the claim (or of its context) is about: its neighbours in its clause, in
   * the claim, or for a context word in the reference sentence, kept only where they are the
   * claim's own terms. "linear pass for DCG": "linear" is about "pass". A context word that is
   * about none of the claim's terms maps to no word, and nothing can oppose it.
   */
  heads: Map<string, Token[]>
  /** Words the claim denies ("never negative"), or its reference sentence for context words. */
  denied: Set<string>
  /** Words compared with a bound ("shorter than k"): not the same claim as a bare "long". */
  compared: Set<string>
  /** Complexity classes the claim names, canonical. */
  classes: string[]
  /** The same, with what each is counted per. */
  uses: ClassUse[]
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
  uses: ClassUse[]
  numbers: Set<string>
  hypothetical: boolean
  bases: Set<string>
  numerators: Set<string>
  compared: Set<string>
}

export interface SentenceJudgement {
  /** 0..1 soft recall of the claim's words in the sentence. */
  coverage: number
  contradiction?: Contradiction
}

/** Similarity from which two words count as the same word (stem, synonym, strong neighbour). */
export const SAME_WORD = 0.85
/** A sentence must share this much of a claim to contradict it by negation or numbers. */
const NEGATION_TOPIC = 0.5
/** … and say this share of its words as such (letters and big-O terms aside). */
const NEGATION_COVER = 0.75
const NUMBER_TOPIC = 0.75
/** Opposites and formulas need a sentence on the claim's topic, but one word is the difference. */
const OPPOSITE_TOPIC = 0.34
const ANCHOR_TOPIC = 0.6

const HYPOTHETICAL =
  /\b(?:would|could|might|may|if|naive(?:ly)?|brute[- ]force|instead|rather|avoid\w*|otherwise|unlike|versus|vs\.?|than|dies|times? out|too slow)\b/i

function numbersOf(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => /^\d+(?:\.\d+)?$/.test(t.lower)).map((t) => t.lower))
}

export function sentenceView(
  text: string,
  tokens: Weighted[],
  canonical: (inner: string) => string,
): SentenceView {
  const uses = complexityUses(
    text,
    tokens.map((w) => w.token),
    canonical,
  )
  return {
    text,
    tokens,
    lemmas: new Set(tokens.map((w) => w.token.lemma)),
    classes: uses.map((u) => u.shown),
    uses,
    numbers: numbersOf(tokens.map((w) => w.token)),
    hypothetical: HYPOTHETICAL.test(text),
    bases: logBases(text),
    numerators: logNumerators(text),
    compared: comparedWords(text),
  }
}

/** Words written as "X than": "shorter than k", "greater than the threshold". */
function comparedWords(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(/\b([a-z]+)\s+than\b/g)].map((m) => m[1] ?? ''))
}

/** A word that a direction word can be about: not a letter, a number or a big-O term. */
function isHeadWord(t: Token): boolean {
  return !t.complexity && t.lemma.length >= 2 && /^[a-z]/.test(t.lemma)
}

/**
 * The words next to `target` in its clause, up to `reach` on each side: what a direction word
 * such as "exponential" or "ascending" says something about.
 */
export function neighbours(tokens: readonly Weighted[], target: Token, reach: number): Token[] {
  const before: Token[] = []
  const after: Token[] = []
  for (const { token } of tokens) {
    if (token === target || token.clause !== target.clause || !isHeadWord(token)) continue
    ;(token.at < target.at ? before : after).push(token)
  }
  before.sort((a, b) => b.at - a.at)
  after.sort((a, b) => a.at - b.at)
  return [...before.slice(0, reach), ...after.slice(0, reach)]
}

/** How many clauses the words lie in. */
export function clauseCount(tokens: readonly Token[]): number {
  return new Set(tokens.map((t) => t.clause)).size
}

/** A plural noun: "keys", "streams" (the lemma is the singular). */
function isPlural(t: Token): boolean {
  return t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s')
}

/** One word stands for the other: the same lemma or stem, a synonym or a very close neighbour. */
export function sameWord(a: Token, b: Token, floor: number, memo: Map<string, number>): boolean {
  if (a.lemma === b.lemma || (a.stem === b.stem && a.stem.length >= 3)) return true
  const key = `${a.lemma}\u0000${b.lemma}`
  let s = memo.get(key)
  if (s === undefined) {
    s = wordSimilarity(a, b, floor, true)
    memo.set(key, s)
  }
  return s >= SAME_WORD
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
  const heads = new Map<string, Token[]>()
  const denied = new Set<string>()
  const note = (t: Token, about: Token[]) => {
    for (const key of [t.lemma, t.lower]) {
      heads.set(key, [...(heads.get(key) ?? []), ...about])
      if (t.negated) denied.add(key)
    }
  }
  for (const w of tokens) note(w.token, neighbours(tokens, w.token, 1))
  const compared = new Set<string>()
  const written = comparedWords(text)
  for (const { token } of tokens) {
    if (written.has(token.lower)) compared.add(token.lower).add(token.lemma)
  }
  if (anchor) {
    const near = new Set<number>()
    anchor.tokens.forEach((a, i) => {
      // Letters and numbers ("k", "n", "1") are in every sentence: they anchor nothing.
      if (a.token.lemma.length < 3 || /^\d/.test(a.token.lemma)) return
      const hit = tokens.some((c) => align([c], [a], floor, memo, true).soft >= SAME_WORD)
      if (hit) for (let j = i - 3; j <= i + 3; j++) near.add(j)
    })
    const anchorCompared = comparedWords(anchor.text)
    anchor.tokens.forEach((a, i) => {
      if (!near.has(i) || a.token.complexity || own.has(a.token.lemma)) return
      context.add(a.token.lemma)
      // "sorted in descending order, the ideal ranking": "descending" is about "order", which
      // is the claim's "ordering"; a context word about another thing opposes nothing here.
      const about = neighbours(anchor.tokens, a.token, 1).filter((n) =>
        tokens.some((c) => sameWord(n, c.token, floor, memo)),
      )
      note(a.token, about)
      if (anchorCompared.has(a.token.lower)) compared.add(a.token.lower).add(a.token.lemma)
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
    heads,
    denied,
    compared,
    classes: tokens.filter((w) => w.token.complexity).map((w) => w.token.complexity as string),
    uses: complexityUses(
      text,
      tokens.map((w) => w.token),
      canonical,
    ),
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
  // "DCG" in the sentence says "discounted cumulative gain" in full, and the other way round:
  // "ideal DCG" or "inverse document frequency" says the claim's "IDCG" or "idf".
  let words = sentence.tokens
  for (const w of sentence.tokens) {
    const run = claim.acronyms.get(w.token.lower)
    if (run && !claim.own.has(w.token.lower)) words = [...words, ...run]
  }
  const spelled = spelledOut(claim, sentence.tokens, sentence.text)
  if (spelled.length > 0) words = [...words, ...spelled]
  const alignment = align(claim.tokens, words, floor, memo, true)
  const coverage = alignment.soft
  const prose = proseOf(sentence)
  const contradiction =
    oppositeOf(claim, prose, alignment.pairs, floor, memo) ??
    complexityOf(claim, sentence, alignment.pairs, floor, memo) ??
    formulaOf(claim, sentence, coverage) ??
    negationOf(claim, prose, coverage, floor, memo) ??
    numberOf(claim, sentence, alignment.pairs, floor, memo)
  return contradiction ? { coverage, contradiction } : { coverage }
}

/**
 * The claim's acronyms (written in capitals: "IDCG", "IDF") that the sentence spells out, as the
 * claim's own tokens: consecutive words whose initials make it ("inverse document frequency"),
 * or a word's initial before an acronym the sentence writes in capitals ("ideal DCG"). Ordinary
 * words are not acronyms: "a separate table" does not say "stable".
 */
export function spelledOut(claim: Claim, tokens: readonly Weighted[], text: string): Weighted[] {
  const out: Weighted[] = []
  for (const c of acronymsOf(claim)) {
    const word = c.token.lower
    if (tokens.some((t) => t.token.lower === word)) continue
    const found = tokens.some((t, i) => {
      const next = tokens[i + 1]?.token.lower ?? ''
      if (
        t.token.lower.length >= 3 &&
        next.length >= 2 &&
        `${t.token.lower[0]}${next}` === word &&
        text.includes(next.toUpperCase())
      ) {
        return true
      }
      if (i + word.length > tokens.length) return false
      for (let k = 0; k < word.length; k++) {
        const r = tokens[i + k]?.token.lower ?? ''
        if (r.length < 2 || r[0] !== word[k]) return false
      }
      return true
    })
    if (found) out.push(c)
  }
  return out
}

const acronymCache = new WeakMap<Claim, Weighted[]>()

/** The claim's words written in capitals in its text, 3 to 6 letters: its acronyms. */
function acronymsOf(claim: Claim): Weighted[] {
  let found = acronymCache.get(claim)
  if (!found) {
    found = claim.tokens.filter((c) => {
      const word = c.token.lower
      return (
        word.length >= 3 &&
        word.length <= 6 &&
        /^[a-z]+$/.test(word) &&
        claim.text.includes(word.toUpperCase())
      )
    })
    acronymCache.set(claim, found)
  }
  return found
}

export type Pairs = ReturnType<typeof align>['pairs']

const proseViews = new WeakMap<SentenceView, SentenceView>()

/**
 * The sentence without the words it only says inside code identifiers: `old_velocity` names a
 * variable, it does not claim that the step uses the old velocity, and `weight_decay=0` does not
 * say that biases are decayed. Opposites and denials are read from this view.
 */
function proseOf(sentence: SentenceView): SentenceView {
  const known = proseViews.get(sentence)
  if (known) return known
  // Words, snake_case identifiers (`old_velocity`) and assignments written as code
  // (`align_corners=true`), split in one pass.
  const inIdentifiers = new Set<string>()
  const outside = new Set<string>()
  for (const chunk of sentence.text.toLowerCase().split(/\s+/)) {
    const code = chunk.includes('=')
    for (const word of chunk.split(/[^a-z0-9_]+/)) {
      const parts = word.split('_').filter((p) => p.length > 0)
      for (const part of parts) (code || parts.length > 1 ? inIdentifiers : outside).add(part)
    }
  }
  let view = sentence
  if (inIdentifiers.size > 0) {
    const tokens = sentence.tokens.filter(
      (w) => !inIdentifiers.has(w.token.lower) || outside.has(w.token.lower),
    )
    if (tokens.length < sentence.tokens.length) {
      view = { ...sentence, tokens, lemmas: new Set(tokens.map((w) => w.token.lemma)) }
    }
  }
  proseViews.set(sentence, view)
  return view
}

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

/** Sentence words this close to a word of the claim can oppose it. */
const NEAR = 4

/** Sentence words this close to a direction word can be what it is about. */
const HEAD_REACH = 2

function oppositeOf(
  claim: Claim,
  sentence: SentenceView,
  pairs: Pairs,
  floor: number,
  memo: Map<string, number>,
): Contradiction | undefined {
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
    // "stop 2", "step 3": a word with a number after it names a thing, whatever the tagger says.
    if (sentence.tokens[index + 1]?.token.pos === 'NUM') continue
    for (const word of [t.lemma, t.lower]) {
      const opposite = [...opposites(word)].find(
        (o) =>
          (claim.own.has(o) || (claim.context.has(o) && !COMPARATIVES.has(o))) &&
          !sentence.lemmas.has(o),
      )
      if (!opposite) continue
      // "fill the missing windows" is no opposite of "empty windows": a verb and an adjective
      // are opposites only as the same part of speech.
      const theirs = claim.tokens.find(
        (c) => c.token.lemma === opposite || c.token.lower === opposite,
      )
      if (theirs && differentKind(theirs.token.pos, t.pos, isPlural(t) || isPlural(theirs.token)))
        continue
      // A plural noun ("in-batch negatives") names things; only the claim's own word can be
      // opposed by one, not a word of its context.
      if (!theirs && isPlural(t)) continue
      // "not ascending" agrees with "descending", and "positive" with "never negative".
      if (t.negated || claim.denied.has(opposite)) continue
      // "streams shorter than k" are a case; "very long streams" are another, not a denial.
      if (claim.compared.has(opposite) && !sentence.compared.has(t.lower)) continue
      // The opposite must be about the same thing: "exponential gain" says nothing about
      // whether the pass over the list is linear.
      const about = claim.heads.get(opposite)
      if (about && (claim.tokens.length > 1 || about.length > 0)) {
        // A plural names some of many things ("cold keys", "long streams"): they coexist with
        // the claim's one ("the hot key"), unless the claim speaks of many too.
        const here = neighbours(sentence.tokens, t, HEAD_REACH)
        const same = here.some((n) =>
          about.some((h) => sameWord(n, h, floor, memo) && (!isPlural(n) || isPlural(h))),
        )
        if (!same) continue
      }
      const topic = topicShare(claim, pairs, (c) => c.lemma === opposite || Boolean(c.complexity))
      const claimIsTheWord = claim.tokens.length === 1 && claim.tokens[0]?.token.lemma === opposite
      // An opposite of the claim's own word needs less of its topic than one of a word near it
      // in the reference ("ideal ordering" ← "sorted in descending order").
      const needed = claim.own.has(opposite) ? OPPOSITE_TOPIC : ANCHOR_TOPIC
      if (topic >= needed || claimIsTheWord) {
        // As the claim writes it ("descending"), not its lemma ("descend").
        const written = claim.tokens.find(
          (c) => c.token.lemma === opposite || c.token.lower === opposite,
        )
        return {
          kind: 'opposite',
          expected: written?.token.lower ?? opposite,
          found: t.lower,
          direct: claim.own.has(opposite),
        }
      }
    }
  }
  return undefined
}

/**
 * A verb against an adjective or a noun ("empty" windows, "fill" them; "stays" against a
 * "change"): not the same kind of word, so not each other's opposite.
 */
function differentKind(a: string, b: string, plural: boolean): boolean {
  // A verb against an adjective or a noun; a noun may stand for its adjective ("the ascent"),
  // but not a plural one: "negatives" are things, not the opposite of "positive".
  if (plural && [a, b].includes('ADJ') && [a, b].includes('NOUN')) return true
  return (
    (a === 'VERB') !== (b === 'VERB') && [a, b].every((k) => ['ADJ', 'VERB', 'NOUN'].includes(k))
  )
}

function complexityOf(
  claim: Claim,
  sentence: SentenceView,
  pairs: Pairs,
  floor: number,
  memo: Map<string, number>,
): Contradiction | undefined {
  if (claim.uses.length === 0 || sentence.uses.length === 0) return undefined
  // "O(n) for the pass, O(K p) for lags, O(T p^2 + p^3) fit" breaks a sum down into its parts:
  // a breakdown does not deny the total.
  if (sentence.uses.length >= 2 && claim.uses.some((c) => c.shown.includes('+'))) return undefined
  // "O(|A| + |B| + k)" against "O(|A| + |B| + k + |clicks|)" leaves a term out; it does not deny
  // the sum.
  const terms = (shown: string) => new Set(shown.slice(2, -1).split('+'))
  const partOfSum = (s: ClassUse) =>
    claim.uses.some((c) => {
      const whole = terms(c.compared)
      return whole.size > 1 && [...terms(s.compared)].every((t) => whole.has(t))
    })
  if (sentence.uses.every(partOfSum)) return undefined
  // "O(depth)" says "O(d)", and "O(|L|)" says "O(L)".
  if (sentence.uses.some((s) => claim.uses.some((c) => c.compared === s.compared))) return undefined
  if (sentence.hypothetical) return undefined
  const words = claim.tokens.filter((w) => !w.token.complexity)
  // "O(n log n) sort" against "sorting costs O(n^2)": the sentence must be about the claim's step,
  // and only a class in a clause that says so counts: "PAV is O(m) amortised, and the O(n log n)
  // sort dominates" says nothing about PAV being O(n log n).
  if (words.length > 0 && topicShare(claim, pairs, (t) => Boolean(t.complexity)) < 0.5) {
    return undefined
  }
  const clauses = new Set(
    pairs.flatMap((p) =>
      p.to && p.similarity >= SAME_WORD && !p.from.complexity ? [p.to.clause] : [],
    ),
  )
  // "the O(n log n) sort" is the cost of the sort, whatever else its clause says.
  const aboutClaim = (s: ClassUse) =>
    !s.of || words.length === 0 || words.some((w) => s.of && sameWord(w.token, s.of, floor, memo))
  const rivals = sentence.uses.filter(
    (s) =>
      (words.length === 0 || clauses.has(s.clause)) &&
      aboutClaim(s) &&
      // A constant cost is the cost of one step ("membership O(1)"): only a class said of a
      // step or per a unit can deny it, not the total of a pass ("O(N) for the pass").
      claim.uses.some(
        (c) =>
          comparable(c, s) &&
          // "O(nkd)" and "O(n k d)" are one class written two ways.
          c.shown.replace(/\s+/g, '') !== s.shown.replace(/\s+/g, '') &&
          (c.variables.size > 0 || s.variables.size === 0 || Boolean(s.of || s.unit)),
      ),
  )
  if (rivals.length === 0) return undefined
  return {
    kind: 'complexity',
    expected: claim.uses.map((u) => prettyClass(u.shown)).join(' or '),
    found: rivals.map((u) => prettyClass(u.shown)).join(', '),
    direct: true,
  }
}

function negationOf(
  claim: Claim,
  sentence: SentenceView,
  coverage: number,
  floor: number,
  memo: Map<string, number>,
): Contradiction | undefined {
  if (coverage < NEGATION_TOPIC || sentence.hypothetical) return undefined
  // "No events" names an edge case with one word: a sentence about events does not deny it.
  // A claim of a cost ("all-pairs is O(L^2) per session") is denied by a sentence about a cost:
  // "views in different sessions can never pair" says nothing of one (other costs: complexityOf).
  if (
    claim.tokens.some((w) => w.token.complexity) &&
    !sentence.tokens.some((w) => w.token.complexity)
  )
    return undefined
  // Nor does "window 1 and window >= n", one word said twice: "I never sort a window" is not it.
  const meaningful = claim.tokens.filter((w) => w.token.lemma.length >= 3 && !w.token.complexity)
  if (new Set(meaningful.map((w) => w.token.lemma)).size < 2) return undefined
  // A denial says the claim's words, nearly all of them (its numbers too), within as many
  // clauses as the claim has: "the stream's length" in a sentence that never needs it does not
  // deny "empty stream", nor does "no order" in a list deny "bag of words loses order".
  const span = clauseCount(claim.tokens.map((w) => w.token))
  const clauses = [...new Set(sentence.tokens.map((w) => w.token.clause))].sort((a, b) => a - b)
  for (let start = 0; start < Math.max(1, clauses.length - span + 1); start++) {
    const window = new Set(clauses.slice(start, start + span))
    const words = sentence.tokens.filter((w) => window.has(w.token.clause))
    const pairs = withoutStemOnly(claim, align(claim.tokens, words, floor, memo, true).pairs)
    if (topicShare(claim, pairs, (t) => Boolean(t.complexity)) < NEGATION_COVER) continue
    const denial = flippedIn(claim, pairs)
    // Doing what a claim rules out needs its relation too: "no merges across words" is not done
    // by a merge that touches words, nor "price never above the bid" by a price that is a bid.
    const relations = claimRelations(claim)
    if (
      denial?.expected === 'not' &&
      relations.some((r) => !words.some((w) => w.token.lower === r))
    )
      continue
    if (denial) return denial
  }
  return undefined
}

const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN'

/**
 * The pairs less those that share only a stem across parts of speech: "position" and "positive"
 * both stem to "posit", but "no alert at position 0" is not about anything positive.
 */
function withoutStemOnly(claim: Claim, pairs: Pairs): Pairs {
  return pairs.map((pair, i) => {
    const from = claim.tokens[i]?.token
    const to = pair?.to
    if (!from || !to || from.lemma === to.lemma || from.stem !== to.stem) return pair
    return isNoun(from) === isNoun(to) ? pair : undefined
  }) as Pairs
}

/** Words that relate two things, so that a claim without them says something else. */
const RELATIONS = new Set([
  'across',
  'above',
  'below',
  'over',
  'under',
  'before',
  'after',
  'between',
  'within',
  'inside',
  'outside',
  'beyond',
  'into',
  'past',
  'through',
])

function claimRelations(claim: Claim): string[] {
  return claim.text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => RELATIONS.has(w))
}

/** The claim's words said with the other polarity, when they are at least half of those said. */
function flippedIn(claim: Claim, pairs: Pairs): Contradiction | undefined {
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

function numberOf(
  claim: Claim,
  sentence: SentenceView,
  pairs: Pairs,
  floor: number,
  memo: Map<string, number>,
): Contradiction | undefined {
  if (claim.numbers.size === 0 || sentence.numbers.size === 0 || sentence.hypothetical) {
    return undefined
  }
  for (const n of sentence.numbers) if (claim.numbers.has(n)) return undefined
  const topic = topicShare(claim, pairs, (t) => /^\d/.test(t.lower) || Boolean(t.complexity))
  if (topic < NUMBER_TOPIC) return undefined
  // A number differs only where it is the value of the same thing: "inverted gives 0.5" against
  // "inverted gives 0", not the 2 of "2(1 - Phi(z))" against "Phi(1.96) = 0.975".
  const isNumber = (t: Token) => /^\d/.test(t.lower)
  const claimNumbers = claim.tokens.filter((w) => isNumber(w.token))
  const found = sentence.tokens.filter(
    (w) =>
      isNumber(w.token) &&
      claimNumbers.some((c) =>
        (['before', 'after'] as const).some((side) => {
          const mine = besideNumber(sentence.tokens, w.token, side)
          const theirs = besideNumber(claim.tokens, c.token, side)
          return mine !== undefined && theirs !== undefined && sameWord(mine, theirs, floor, memo)
        }),
      ),
  )
  if (found.length === 0) return undefined
  return {
    kind: 'number',
    expected: [...claim.numbers].join(' or '),
    found: [...new Set(found.map((w) => w.token.lower))].join(', '),
    direct: true,
  }
}

/** The word just before or after a number in its clause (letters count: "k = 0"). */
function besideNumber(
  tokens: readonly Weighted[],
  target: Token,
  side: 'before' | 'after',
): Token | undefined {
  let best: Token | undefined
  for (const { token } of tokens) {
    if (token.clause !== target.clause || token.complexity || /^\d/.test(token.lower)) continue
    if (side === 'before' ? token.at >= target.at : token.at <= target.at) continue
    if (!best || Math.abs(token.at - target.at) < Math.abs(best.at - target.at)) best = token
  }
  return best
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
