// Whether a sentence states one of a rubric's misconceptions: all of it, its formula, its direction, not its correction.
import type { Misconception } from '@pairwise/shared'
import { isDirectionWord } from './antonyms.ts'
import { align, type Weighted } from './similarity.ts'
import { analyseSentence, type Token } from './text.ts'
import {
  clauseCount,
  judgeSentence,
  neighbours,
  sameWord,
  SAME_WORD,
  type Claim,
  type Pairs,
  type SentenceView,
} from './contradiction.ts'

/** A sentence states a misconception when it holds this much of the claim and does not deny it. */
const MISCONCEPTION_MIN = 0.7
/** … or this much, when every word of the claim is also in its correction. */
const MISCONCEPTION_ALONE = 0.9
/** … and says this share of the claim's words as such (a stem, a synonym), not near them. */
const MISCONCEPTION_SAID = 0.75
/** A sentence that says this share of what the correction adds states the correction. */
const CORRECTION_SAID = 0.4
/** Sentence words this close to a direction word can be what it is about. */
const HEAD_REACH = 2

/** A misconception, prepared once per rubric. */
export interface MisconceptionCheck {
  misconception: Misconception
  claim: Claim
  /** Words of the claim that its correction lacks: where the error lives. */
  distinctive: Weighted[]
  /** Words of the correction that the claim lacks: what the right statement adds. */
  corrective: Weighted[]
  /** Formulas the claim writes, normalised ("1 - Phi(z)" → "1-phiz"): the claim is that formula. */
  formulas: string[]
  /** The claim's direction words ("lower", "more", "min", "first"): the claim turns on them. */
  directions: Token[]
}

export function prepareMisconception(
  misconception: Misconception,
  claim: Claim,
  weighOf: (tokens: Token[]) => Weighted[],
): MisconceptionCheck {
  const correctionTokens = analyseSentence(misconception.correction).filter((t) => t.content)
  const correction = new Set(correctionTokens.flatMap((t) => [t.lemma, t.stem]))
  const mine = new Set(claim.tokens.flatMap((w) => [w.token.lemma, w.token.stem]))
  const meaningful = (t: Token) => t.lemma.length >= 3 && !t.complexity && !/^\d/.test(t.lemma)
  return {
    misconception,
    claim,
    distinctive: claim.tokens.filter(
      (w) => meaningful(w.token) && !correction.has(w.token.lemma) && !correction.has(w.token.stem),
    ),
    corrective: weighOf(
      correctionTokens.filter((t) => meaningful(t) && !mine.has(t.lemma) && !mine.has(t.stem)),
    ),
    formulas: formulasOf(misconception.claim),
    directions: claim.tokens
      .map((w) => w.token)
      .filter((t) => isDirectionWord(t.lemma) || isDirectionWord(t.lower)),
  }
}

/**
 * The sentence that states a misconception: it says nearly all of it, within as many clauses as
 * the claim has, with the same polarity, including what makes it wrong (a word its correction
 * lacks, its formula, its direction words about the same things, its complexity class, one of
 * its numbers), and it neither denies it nor states the correction. A right sentence shares most
 * words with a wrong one; the difference is where the error lives.
 */
export function statedMisconception(
  check: MisconceptionCheck,
  kept: SentenceView[],
  floor: number,
  memo: Map<string, number>,
): { sentence: string; coverage: number } | undefined {
  const { claim, distinctive } = check
  const span = clauseCount(claim.tokens.map((w) => w.token))
  let best: { sentence: string; coverage: number } | undefined
  for (const sentence of kept) {
    if (judgeSentence(claim, sentence, floor, memo).contradiction) continue
    if (!claim.classes.every((c) => sentence.classes.includes(c))) continue
    if (claim.numbers.size > 0 && ![...claim.numbers].some((n) => sentence.numbers.has(n))) continue
    if (check.formulas.length > 0) {
      const written = writtenFormula(sentence)
      if (!check.formulas.every((f) => written.includes(f))) continue
    }
    if (statesCorrection(check, sentence, floor, memo)) continue
    // Its words within the claim's own number of clauses, and one more: "since cosine
    // normalises by the norms, it removes popularity bias" says it across a comma.
    const clauses = [...new Set(sentence.tokens.map((w) => w.token.clause))].sort((a, b) => a - b)
    for (let start = 0; start < Math.max(1, clauses.length - span); start++) {
      const window = new Set(clauses.slice(start, start + span + 1))
      const words = sentence.tokens.filter((w) => window.has(w.token.clause))
      const alignment = align(claim.tokens, words, floor, memo, true)
      const needed = distinctive.length > 0 ? MISCONCEPTION_MIN : MISCONCEPTION_ALONE
      if (alignment.soft < needed) continue
      if (saidOnce(claim, words, floor, memo) < MISCONCEPTION_SAID) continue
      if (
        distinctive.length > 0 &&
        align(distinctive, words, floor, memo, true).pairs.every((p) => p.similarity < SAME_WORD)
      ) {
        continue
      }
      if (!samePolarity(alignment.pairs)) continue
      if (!directionsHeld(check, words, floor, memo)) continue
      // A misconception is one compact statement: its words scattered over a long sentence are
      // that sentence's other points. Positions count function words and punctuation too.
      const at = alignment.pairs.flatMap((p) =>
        p.to && p.similarity >= SAME_WORD ? [p.to.at] : [],
      )
      const width = at.length === 0 ? 0 : Math.max(...at) - Math.min(...at) + 1
      if (width > 2 * Math.max(8, 2 * claim.tokens.length)) continue
      if (!best || alignment.soft > best.coverage) {
        best = { sentence: sentence.text, coverage: alignment.soft }
      }
    }
  }
  return best
}

/**
 * The weighted share of the claim's words (letters and big-O terms aside) that the sentence says
 * as such, each sentence word standing for one claim word only: "the same string" says one
 * "same", not the two of "the same id string are the same node".
 */
function saidOnce(
  claim: Claim,
  words: Weighted[],
  floor: number,
  memo: Map<string, number>,
): number {
  const used = new Set<Token>()
  let total = 0
  let said = 0
  for (const w of [...claim.tokens].sort((a, b) => b.weight - a.weight)) {
    if (w.token.complexity || w.token.lemma.length < 2) continue
    total += w.weight
    const match = words.find((x) => !used.has(x.token) && sameWord(w.token, x.token, floor, memo))
    if (match) {
      used.add(match.token)
      said += w.weight
    }
  }
  return total === 0 ? 0 : said / total
}

const written = new WeakMap<SentenceView, string>()

/** The sentence as one normalised formula, to look a claim's formulas up in. */
function writtenFormula(sentence: SentenceView): string {
  let out = written.get(sentence)
  if (out === undefined) {
    out = normaliseFormula(sentence.text)
    written.set(sentence, out)
  }
  return out
}

/** Every word the sentence says of the claim is denied in both or in neither. */
function samePolarity(pairs: Pairs): boolean {
  return pairs.every(
    (p) => !p.to || p.similarity < SAME_WORD || Boolean(p.from.negated) === Boolean(p.to.negated),
  )
}

/** Each direction word of the claim is in the sentence, about what it is about in the claim. */
function directionsHeld(
  check: MisconceptionCheck,
  words: Weighted[],
  floor: number,
  memo: Map<string, number>,
): boolean {
  return check.directions.every((d) => {
    // What the word is about in the claim, where the sentence says that thing too.
    const about = neighbours(check.claim.tokens, d, 1).filter((h) =>
      words.some((w) => sameWord(w.token, h, floor, memo)),
    )
    return words.some(
      (w) =>
        sameWord(w.token, d, floor, memo) &&
        (about.length === 0 ||
          neighbours(words, w.token, HEAD_REACH).some((n) =>
            about.some((h) => sameWord(n, h, floor, memo)),
          )),
    )
  })
}

/** The sentence says most of what the correction adds to the claim: it states the correction. */
function statesCorrection(
  check: MisconceptionCheck,
  sentence: SentenceView,
  floor: number,
  memo: Map<string, number>,
): boolean {
  if (check.corrective.length === 0) return false
  return align(check.corrective, sentence.tokens, floor, memo, true).hard >= CORRECTION_SAID
}

/** Characters that make a run of text a formula: operators, comparisons, roots. */
const OPERATOR = /[=<>≤≥+*/^·×⋅−–√]/
/** A name or number a formula can hold: "count", "nA", "0.975", "100". */
const OPERAND = /^(?:[a-z][a-z0-9_]{0,11}|\d+(?:\.\d+)?%?)$/i

/**
 * The formulas in a text, normalised: runs of words that hold an operator or a function call
 * ("1 - Phi(z)", "count / N", "j <= k"), with the names and numbers around them. Big-O terms
 * are not formulas here (they are complexity classes), nor are "p-value" or "(user, item)".
 */
export function formulasOf(text: string): string[] {
  const chunks = text
    .replace(/\b[OΘΩ]\s*\([^()]*(?:\([^()]*\)[^()]*)*\)/g, ' ')
    .split(/\s+/)
    .map(withoutEndPunctuation)
    .filter((c) => c.length > 0)
  // An operator or a call makes a formula; brackets only hold one together.
  const isMath = (c: string) => OPERATOR.test(c) || /[a-z0-9]\(/i.test(c) || c === '-'
  const isPart = (c: string) => isMath(c) || /[()]/.test(c)
  const formulas: string[] = []
  let run: string[] = []
  let hasMath = false
  const flush = () => {
    if (hasMath && run.length > 0) formulas.push(normaliseFormula(run.join(' ')))
    run = []
    hasMath = false
  }
  // A name joins a formula only where an operator touches it: "count / N", not "is ln(N)".
  const touches = (i: number) =>
    /[=<>≤≥+*/^·×⋅−–√(-]$/.test(chunks[i - 1] ?? '') ||
    /^[=<>≤≥+*/^·×⋅−–√)-]/.test(chunks[i + 1] ?? '')
  chunks.forEach((chunk, i) => {
    if (isPart(chunk) || (OPERAND.test(chunk) && touches(i))) {
      run.push(chunk)
      hasMath ||= isMath(chunk)
    } else {
      flush()
    }
  })
  flush()
  return formulas.filter((f) => f.length >= 3)
}

/** "Phi(z)." → "Phi(z)": a sentence's own punctuation is not part of its formula. */
function withoutEndPunctuation(chunk: string): string {
  let end = chunk.length
  while (end > 0 && '.,;:!?'.includes(chunk[end - 1] ?? '')) end--
  return chunk.slice(0, end)
}

/** One spelling for a formula: no spaces or accents, one sign for each operator, f(x) as fx. */
export function normaliseFormula(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[φΦ]/g, 'phi')
    .replace(/θ/g, 'theta')
    .replace(/√/g, 'sqrt')
    .replace(/[−–]/g, '-')
    .replace(/[·×⋅]/g, '*')
    .replace(/\*\*/g, '^')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/\s+/g, '')
  // "Phi(z)" and "Phi z", "cos(theta)" and "cos θ" are one formula; "(1 + N)" keeps its brackets.
  for (let i = 0; i < 3; i++) out = out.replace(/\(([a-z0-9_.|]+)\)/g, '$1')
  return out
}
