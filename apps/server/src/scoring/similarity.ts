// Word alignment and embedding similarity between an answer and a reference (Sultan et al. 2016).
import { unitDot, wordVectors } from './embeddings.ts'
import type { Token } from './text.ts'
import { areSynonyms, partOf } from './wordnet.ts'

export interface SimilarityOptions {
  /** How much a word that the question already contains counts, 0..1 (question demoting). */
  questionWeight: number
  /** Sharpness of the frequency weight: 0 weighs all content words alike. */
  idfPower: number
  /** Cosine under which two different words do not align at all. */
  embeddingFloor: number
  /**
   * Rescale embedding-only matches from floor..1 to 0..0.9, for short phrases where one loose
   * neighbour ("sort" and "thing" are close in GloVe) would otherwise count as a hit.
   */
  strictEmbeddings?: boolean
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  questionWeight: 0.25,
  idfPower: 1,
  embeddingFloor: 0.35,
}

const EXACT = 1
const STEM = 0.95
const SYNONYM = 0.9
/** A cosine at or above this counts as an alignment for the hard (lexical) measures too. */
const STRONG_COSINE = 0.7

/** idf-like weight from the word's corpus frequency rank (words are listed commonest first). */
export function frequencyWeight(token: Token, power: number): number {
  if (token.complexity || power === 0) return 1
  // Numbers are in every explanation; "1" matching "1" says little.
  if (/^\d/.test(token.lower)) return 0.3
  const vectors = wordVectors()
  const rank = vectors.rank(token.lower) ?? vectors.rank(token.lemma)
  if (rank === undefined) return 1
  // ln(rank) spans 0..12.4 over the vocabulary; common words get ~0.3, rare ones ~1.
  const base = Math.min(1, Math.max(0.05, Math.log(rank + 20) / Math.log(60_000)))
  return Math.pow(base, power)
}

function vectorOf(token: Token): Float32Array | undefined {
  if (token.complexity) return undefined
  const vectors = wordVectors()
  return vectors.vector(token.lower) ?? vectors.vector(token.lemma)
}

/** 0..1 similarity of two content words: exact, stem, WordNet synonym, then embedding cosine. */
export function wordSimilarity(a: Token, b: Token, floor: number, strict = false): number {
  if (a.lower === b.lower || a.lemma === b.lemma) return EXACT
  if (a.complexity && b.complexity) return summandOf(a.complexity, b.complexity) ? SYNONYM : 0
  if (a.complexity || b.complexity) return 0
  if (a.stem === b.stem && a.stem.length >= 3) return STEM
  if (
    a.lemma.length > 2 &&
    b.lemma.length > 2 &&
    areSynonyms(
      a.lemma,
      b.lemma,
      strict ? { aPart: partOf(a.pos), bPart: partOf(b.pos) } : undefined,
    )
  ) {
    return SYNONYM
  }
  const va = vectorOf(a)
  const vb = vectorOf(b)
  // A misspelt word has no vector: one edit away from a longer word is the same word.
  if (
    (!va || !vb) &&
    a.lower.length >= 5 &&
    b.lower.length >= 5 &&
    withinOneEdit(a.lower, b.lower)
  ) {
    return STEM
  }
  if (!va || !vb) return 0
  const c = unitDot(va, vb)
  if (c < floor) return 0
  return strict ? (SYNONYM * (c - floor)) / (1 - floor) : Math.min(SYNONYM, c)
}

export interface Weighted {
  token: Token
  weight: number
  vector: Float32Array | undefined
}

export function weigh(
  tokens: Token[],
  question: ReadonlySet<string>,
  options: SimilarityOptions,
): Weighted[] {
  return tokens.map((token) => {
    let weight = frequencyWeight(token, options.idfPower)
    if (question.has(token.lemma) || question.has(token.stem)) weight *= options.questionWeight
    return { token, weight, vector: vectorOf(token) }
  })
}

export interface Alignment {
  /** Weighted share of `from` words that align to some word of `to`, hard (lexical) and soft. */
  hard: number
  soft: number
  /** For each `from` word, its best partner in `to` and the similarity. */
  pairs: { from: Token; to: Token | undefined; similarity: number }[]
}

export function align(
  from: Weighted[],
  to: Weighted[],
  floor: number,
  memo?: Map<string, number>,
  strict = false,
): Alignment {
  let total = 0
  let hard = 0
  let soft = 0
  const pairs: Alignment['pairs'] = []
  for (const f of from) {
    let best = 0
    let partner: Token | undefined
    for (const t of to) {
      const key = `${f.token.lemma}\u0000${t.token.lemma}`
      let s = memo?.get(key)
      if (s === undefined) {
        s = wordSimilarity(f.token, t.token, floor, strict)
        memo?.set(key, s)
      }
      if (s > best) {
        best = s
        partner = t.token
        if (s === EXACT) break
      }
    }
    total += f.weight
    soft += f.weight * best
    if (best >= SYNONYM || best >= STRONG_COSINE) hard += f.weight
    pairs.push({ from: f.token, to: partner, similarity: best })
  }
  return {
    hard: total > 0 ? hard / total : 0,
    soft: total > 0 ? soft / total : 0,
    pairs,
  }
}

/** Cosine of the weighted sums of the word vectors (Sultan's second feature). */
export function vectorCosine(a: Weighted[], b: Weighted[]): number {
  const dims = wordVectors().dimensions
  const sa = new Float32Array(dims)
  const sb = new Float32Array(dims)
  const add = (sum: Float32Array, items: Weighted[]) => {
    for (const item of items) {
      if (!item.vector) continue
      for (let i = 0; i < dims; i++) sum[i] = (sum[i] ?? 0) + item.weight * (item.vector[i] ?? 0)
    }
  }
  add(sa, a)
  add(sb, b)
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < dims; i++) {
    const x = sa[i] ?? 0
    const y = sb[i] ?? 0
    dot += x * y
    na += x * x
    nb += y * y
  }
  return na === 0 || nb === 0 ? 0 : Math.max(0, dot / Math.sqrt(na * nb))
}

export function questionWords(tokens: Token[]): Set<string> {
  const set = new Set<string>()
  for (const t of tokens) {
    if (!t.content) continue
    set.add(t.lemma)
    set.add(t.stem)
  }
  return set
}

export function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b)
}

/** True when one insertion, deletion, substitution or adjacent swap turns a into b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/**
 * The claim's class is one term of the sentence's sum: "O(n log n + n·kept)" says "O(n log n)"
 * for the sort, beside what the rest costs. One way only: "O(V)" does not say "O(V + E)".
 * Canonical classes (`O(nlogn+nkept)`), split at the top level.
 */
export function summandOf(claim: string, sentence: string): boolean {
  const terms = (c: string) => {
    const out: string[] = []
    let depth = 0
    let start = 2
    for (let i = 2; i < c.length - 1; i++) {
      const ch = c[i]
      if (ch === '(') depth++
      else if (ch === ')') depth--
      else if (ch === '+' && depth === 0) {
        out.push(c.slice(start, i))
        start = i + 1
      }
    }
    out.push(c.slice(start, c.length - 1))
    return out
  }
  const one = terms(claim)
  const sum = terms(sentence)
  return one.length === 1 && sum.length > 1 && sum.includes(one[0] ?? '')
}
