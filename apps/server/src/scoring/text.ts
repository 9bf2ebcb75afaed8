// Text analysis for the scorer: visible text, sentences with offsets, tokens with lemma, stem, POS.
import winkNLP, { type ItemToken } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { CLAUSE_BREAKS, isClausePunctuation, negationScope, type RawToken } from './negation.ts'

export interface Token {
  /** As written, lower-cased. */
  lower: string
  lemma: string
  stem: string
  pos: string
  /** A content word: not a function word, not punctuation. Complexity terms are content too. */
  content: boolean
  /** A big-O expression, canonical: `O(nlogn)`. */
  complexity?: string
  /** Inside the scope of a negation ("not", "never", "no", "instead of"). */
  negated?: boolean
  /** Where the word stands in its sentence (big-O terms included), for reading word order. */
  at: number
  /**
   * Which clause of its sentence the word is in: clauses end at , ; : ( ) and at words such as
   * "and", "but", "which", "because" (negation.ts CLAUSE_BREAKS).
   */
  clause: number
}

export interface Sentence {
  /** Verbatim from the visible text. */
  text: string
  start: number
  tokens: Token[]
  content: Token[]
}

// Zero-width, bidi-control, variation-selector and tag characters hide text from a reader but not
// from a parser. The class is built from code points because some of them are combining marks.
const INVISIBLE_RANGES: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
]
const hex = (cp: number) => `\\u{${cp.toString(16)}}`
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`,
  'gu',
)

/** Words wink counts as stop words that carry meaning in an explanation of an algorithm. */
const MEANINGFUL = new Set([
  'empty',
  'top',
  'first',
  'last',
  'less',
  'fewer',
  'greater',
  'more',
  'same',
  'zero',
  'without',
  'none',
  'least',
  'most',
])

/** Spellings of one notion that the scorer must see as one word: "log2(i+1)" is a logarithm. */
const LEMMA_ALIASES = new Map<string, string>([
  ['logarithm', 'log'],
  ['logarithmic', 'log'],
  ['logarithmically', 'log'],
  ['log2', 'log'],
  ['log10', 'log'],
  ['ln', 'log'],
  ['lg', 'log'],
  // Abbreviations terse explanations and code names use for ordinary words.
  ['idx', 'index'],
  ['len', 'length'],
  ['cnt', 'count'],
  ['freq', 'frequency'],
  ['prob', 'probability'],
  ['dist', 'distance'],
  ['avg', 'average'],
  ['dedup', 'deduplicate'],
  ['dedupe', 'deduplicate'],
  ['init', 'initialise'],
  ['iter', 'iteration'],
  ['iters', 'iteration'],
  ['dim', 'dimension'],
  ['dims', 'dimension'],
  ['eps', 'epsilon'],
  ['thr', 'threshold'],
  ['thresh', 'threshold'],
  // "IDCG = 0" and "IDCG is zero" say one thing.
  ['zero', '0'],
])

let pipeline: ReturnType<typeof winkNLP> | undefined
let loadMs = 0

function nlp(): ReturnType<typeof winkNLP> {
  if (!pipeline) {
    const started = performance.now()
    pipeline = winkNLP(model, ['pos'])
    loadMs = performance.now() - started
  }
  return pipeline
}

export function nlpLoadMs(): number {
  return loadMs
}

/** Counts the invisible characters; the scorer reads and quotes the text without them. */
export function countInvisible(text: string): number {
  return text.match(INVISIBLE)?.length ?? 0
}

export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '')
}

/**
 * Mathematical letters and signs as the words a reader says for them: terse explanations write
 * "‖r′ − r‖₁ < ε" or "1 − θ/π", and a tokenizer that keeps only Latin letters would see nothing
 * there. The quoted text is never changed; only what the words are read from.
 */
const SYMBOL_WORDS = new Map<string, string>([
  ['α', 'alpha'],
  ['β', 'beta'],
  ['γ', 'gamma'],
  ['δ', 'delta'],
  ['Δ', 'delta'],
  ['∆', 'delta'],
  ['ε', 'epsilon'],
  ['ɛ', 'epsilon'],
  ['η', 'eta'],
  ['θ', 'theta'],
  ['κ', 'kappa'],
  ['λ', 'lambda'],
  ['μ', 'mu'],
  ['π', 'pi'],
  ['ρ', 'rho'],
  ['σ', 'sigma'],
  ['τ', 'tau'],
  ['φ', 'phi'],
  ['Φ', 'phi'],
  ['χ', 'chi'],
  ['ω', 'omega'],
  ['Σ', 'sum'],
  ['∑', 'sum'],
  ['∏', 'product'],
  ['√', 'sqrt'],
  ['∞', 'infinity'],
  ['∈', 'in'],
  ['∩', 'intersection'],
  ['∪', 'union'],
  ['≈', 'approximately'],
  ['∝', 'proportional'],
  ['⌈', 'ceil'],
  ['⌊', 'floor'],
  ['‖', 'norm'],
  ['∂', 'partial'],
  ['∇', 'gradient'],
])
const SYMBOL = new RegExp(`[${[...SYMBOL_WORDS.keys()].join('')}]`, 'gu')

/** The text with each mathematical letter or sign spelled as a word (SYMBOL_WORDS). */
export function spellSymbols(text: string): string {
  return text.replace(SYMBOL, (c) => ` ${SYMBOL_WORDS.get(c) ?? c} `)
}

/** Stands in for a big-O expression while wink tags the sentence, so the grammar stays whole. */
const PLACEHOLDER = 'bigoexpression'

const BIG_O = /\b[OΘΩ]\s*\(\s*([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?)\)/g

/** `O(n log n)`, `O(N*logN)`, `O(n·log(n))` all become `O(nlogn)`. */
export function canonicalComplexity(inner: string): string {
  const body = inner
    .toLowerCase()
    .replace(/log\s*\(\s*([a-z0-9]+)\s*\)/g, 'log$1')
    .replace(/log_?2/g, 'log')
    // C_out and Cout are one quantity, written two ways.
    .replace(/[\s*·×⋅_]/g, '')
    .replace(/\^/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)))
  return `O(${body})`
}

const END_MARK = /[.!?;]/
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|etc|approx|cf|fig|eq|resp|al)\.$/i
/** A list item or heading right after a line break: "- ", "* ", "• ", "# ", "> ", "2. ", "3) ". */
const LIST_ITEM = /(?:[-*•#>]|\d+[.)])[ \t]/y

/**
 * Where sentences end, as [start, end) spans of whitespace. Any end mark followed by space ends a
 * sentence, except after a few abbreviations. A blank line ends one too, and so does a line break
 * before a list item or heading; a lone line break inside a paragraph (text wrapped by hand) does
 * not. Each run of whitespace is looked at once: the one regex this replaces rescanned long runs
 * from every position in them (quadratic).
 */
function sentenceBoundaries(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const run of text.matchAll(/\s+/g)) {
    const ws = run[0]
    const start = run.index
    const end = start + ws.length
    const afterMark =
      end < text.length &&
      END_MARK.test(text[start - 1] ?? '') &&
      !ABBREVIATION.test(text.slice(Math.max(0, start - 9), start))
    if (afterMark || /\n[ \t]*\n/.test(ws)) {
      spans.push([start, end])
      continue
    }
    const lineBreak = ws.lastIndexOf('\n')
    if (lineBreak < 0 || !/^[ \t]*$/.test(ws.slice(lineBreak + 1))) continue
    LIST_ITEM.lastIndex = end
    if (!LIST_ITEM.test(text)) continue
    let from = lineBreak
    while (from > 0 && (ws[from - 1] === ' ' || ws[from - 1] === '\t')) from--
    spans.push([start + from, end])
  }
  return spans
}

/** Splits at sentence ends and at line breaks, keeping each sentence's offset in the text. */
export function splitSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let last = 0
  const push = (end: number) => {
    const raw = text.slice(last, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim().replace(/^(?:[-*•]|\d+[.)])\s+/, '')
    if (trimmed.length > 0) out.push({ text: trimmed, start: last + raw.indexOf(trimmed, lead) })
  }
  for (const [start, end] of sentenceBoundaries(text)) {
    push(start)
    last = end
  }
  push(text.length)
  return out
}

/** No English word is this long; the stemmer's cost grows with the square of a word's length. */
const MAX_WORD = 40

/** Cuts every run of non-space characters to MAX_WORD, so one huge "word" cannot stall scoring. */
export function clipLongWords(text: string): string {
  return text.replace(/\S{41,}/g, (word) => word.slice(0, MAX_WORD))
}

export function analyseSentence(text: string): Token[] {
  const complexities: Token[] = []
  const plain = text.replace(BIG_O, (_m, inner: string) => {
    const canonical = canonicalComplexity(inner)
    complexities.push({
      lower: canonical,
      lemma: canonical,
      stem: canonical,
      pos: 'NOUN',
      content: true,
      complexity: canonical,
      at: 0,
      clause: 0,
    })
    return ` ${PLACEHOLDER} `
  })
  const engine = nlp()
  const its = engine.its
  // wink's typings declare lemma and stem with the model's add-ons argument, which `out` supplies.
  const lemmaOf = its.lemma as unknown as typeof its.value
  const stemOf = its.stem as unknown as typeof its.value
  const tokens: Token[] = []
  const raw: RawToken[] = []
  /** Index in `raw` of each kept token, and of each big-O placeholder in order. */
  const rawIndex: number[] = []
  const placeholders: number[] = []
  let clause = 0
  engine
    .readDoc(spellSymbols(clipLongWords(plain.normalize('NFKC'))))
    .tokens()
    .each((t: ItemToken) => {
      const type = t.out(its.type)
      const value = String(t.out(its.value) ?? '').toLowerCase()
      const pos = String(t.out(its.pos) ?? 'X')
      const rawToken = { lower: value, pos, type }
      raw.push(rawToken)
      if (isClausePunctuation(rawToken) || CLAUSE_BREAKS.has(value)) clause++
      if (type !== 'word' && type !== 'number') return
      if (value === PLACEHOLDER) {
        placeholders.push(raw.length - 1)
        const big = complexities[placeholders.length - 1]
        if (big) Object.assign(big, { at: raw.length - 1, clause })
        return
      }
      // 1.0 and 1 are the same number to a reader.
      const lower =
        type === 'number' && /^\d+(?:\.\d+)?$/.test(value) ? String(Number(value)) : value
      const lemma =
        type === 'number'
          ? lower
          : (LEMMA_ALIASES.get(lower) ?? String(t.out(lemmaOf) ?? lower).toLowerCase())
      const stem = type === 'number' ? lower : String(t.out(stemOf) ?? lower).toLowerCase()
      const stop = Boolean(t.out(its.stopWordFlag)) && !MEANINGFUL.has(lower)
      tokens.push({
        lower,
        lemma,
        stem,
        pos,
        content: !stop && /[a-z0-9]/.test(lower),
        at: raw.length - 1,
        clause,
      })
      rawIndex.push(raw.length - 1)
    })
  const negated = negationScope(raw)
  tokens.forEach((token, i) => {
    if (negated[rawIndex[i] ?? -1]) token.negated = true
  })
  complexities.forEach((token, i) => {
    if (negated[placeholders[i] ?? -1]) token.negated = true
  })
  return [...tokens, ...complexities]
}

export function analyse(text: string): Sentence[] {
  return splitSentences(text).map(({ text: sentence, start }) => {
    const tokens = analyseSentence(sentence)
    return { text: sentence, start, tokens, content: tokens.filter((t) => t.content) }
  })
}

/** Lower-case words and numbers, for n-gram overlap and duplicate detection. */
export function plainWords(text: string): string[] {
  return (
    visibleText(text)
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  )
}

/** Identifiers in code: snake_case, camelCase and plain names of 3+ characters. */
export function codeIdentifiers(code: string): string[] {
  const found = new Set<string>()
  for (const match of withoutStringsAndComments(code).matchAll(/\b[A-Za-z_][A-Za-z0-9_]{2,}\b/g))
    found.add(match[0])
  return [...found]
}

/**
 * The code with string literals and comments blanked, in one pass: a scanner rather than a regex,
 * since a string regex with escapes backtracks exponentially on an unclosed string of
 * backslashes. A string ends at its unescaped closing quote or, unclosed, at the end of the line.
 * Comments are `#` and `//` to the end of the line (a C++ `#include` line goes with them) and
 * `/* … *\/` (Java, C++, TypeScript); an unclosed one (or a TypeScript regex like `/\/*x/`) is
 * blanked to the end of its line only, so it never hides the rest of the code.
 */
export function withoutStringsAndComments(code: string): string {
  let out = ''
  let from = 0
  let i = 0
  let closable = true
  const blank = (start: number, end: number) => {
    out += code.slice(from, start) + ' '
    from = end
  }
  while (i < code.length) {
    const c = code[i]
    if (c === '#' || (c === '/' && code[i + 1] === '/')) {
      const end = lineEnd(code, i)
      blank(i, end)
      i = end
    } else if (c === '/' && code[i + 1] === '*') {
      // Once no `*/` is left, none is looked for again: many unclosed `/*` stay one pass.
      const close = closable ? code.indexOf('*/', i + 2) : -1
      if (close === -1) closable = false
      const end = close === -1 ? lineEnd(code, i) : close + 2
      blank(i, end)
      i = end
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1
      // An escape skips the next character, but never the end of the line.
      while (j < code.length && code[j] !== c && code[j] !== '\n')
        j += code[j] === '\\' && code[j + 1] !== '\n' ? 2 : 1
      const end = Math.min(code.length, code[j] === c ? j + 1 : j)
      blank(i, end)
      i = end
    } else i++
  }
  return out + code.slice(from)
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from)
  return at === -1 ? text.length : at
}
