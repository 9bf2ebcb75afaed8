// Opposite words: a general list for algorithm talk, WordNet's antonyms, and negating prefixes.
import { antonyms as wordNetAntonyms } from './wordnet.ts'

/**
 * Pairs that WordNet lacks or files under other senses, as they are used in explanations of
 * algorithms and metrics. General language only: no problem's knowledge lives here.
 */
const PAIRS: [string, string][] = [
  ['ascend', 'descend'],
  ['ascending', 'descending'],
  ['increasing', 'decreasing'],
  ['increase', 'decrease'],
  ['dense', 'sparse'],
  ['max', 'min'],
  ['maximum', 'minimum'],
  ['maximise', 'minimise'],
  ['maximize', 'minimize'],
  ['before', 'after'],
  ['best', 'worst'],
  ['ideal', 'worst'],
  ['higher', 'lower'],
  ['high', 'low'],
  ['larger', 'smaller'],
  ['greater', 'smaller'],
  ['greater', 'less'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['above', 'below'],
  ['upper', 'lower'],
  ['top', 'bottom'],
  ['first', 'last'],
  ['exponential', 'linear'],
  ['inclusive', 'exclusive'],
  ['include', 'exclude'],
  ['sorted', 'unsorted'],
  ['stable', 'unstable'],
  ['directed', 'undirected'],
  ['weighted', 'unweighted'],
  ['biased', 'unbiased'],
  ['overestimate', 'underestimate'],
  ['overestimates', 'underestimates'],
  ['true', 'false'],
  ['positive', 'negative'],
  ['connected', 'separated'],
  ['connected', 'disconnected'],
  ['open', 'closed'],
  ['add', 'subtract'],
  ['multiply', 'divide'],
  ['row', 'column'],
  ['incoming', 'outgoing'],
  ['inbound', 'outbound'],
  ['earlier', 'later'],
  ['start', 'end'],
  ['deterministic', 'random'],
  ['with', 'without'],
  ['always', 'never'],
  ['all', 'none'],
  ['overflow', 'underflow'],
]

/** WordNet antonyms too loose to oppose a claim ("same" ↔ "other", "linear" ↔ "planar"). */
const LOOSE = new Set([
  'same',
  'other',
  'different',
  'neutral',
  'planar',
  'cubic',
  'nonlinear',
  'right',
  'left',
  'admit',
  'falsify',
  'shut',
  'close',
])

const TABLE = new Map<string, Set<string>>()
for (const [a, b] of PAIRS) {
  if (!TABLE.has(a)) TABLE.set(a, new Set())
  if (!TABLE.has(b)) TABLE.set(b, new Set())
  TABLE.get(a)?.add(b)
  TABLE.get(b)?.add(a)
}

/**
 * Comparatives oppose only the claim's own words: "count less" in a sentence about gain does not
 * deny "rewards relevant items much more" said elsewhere in the reference.
 */
export const COMPARATIVES = new Set([
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
  'most',
  'least',
])

/**
 * A word that says which way something goes (a direction, an order, a side, a comparison): the
 * words of the lists above. A claim made with one is a different claim with its opposite.
 */
export function isDirectionWord(word: string): boolean {
  const key = word.toLowerCase()
  return TABLE.has(key) || COMPARATIVES.has(key)
}

const cache = new Map<string, ReadonlySet<string>>()

/** The opposites of a lemma (or surface word), lower-case. */
export function opposites(word: string): ReadonlySet<string> {
  const key = word.toLowerCase()
  const cached = cache.get(key)
  if (cached) return cached
  const out = new Set<string>(TABLE.get(key) ?? [])
  if (key.length >= 3 && /^[a-z]+$/.test(key)) {
    for (const w of wordNetAntonyms(key)) if (!LOOSE.has(w)) out.add(w)
    // "unsorted" ↔ "sorted", "disconnected" ↔ "connected": only when the rest is a word itself.
    // "in-" and plain "dis-" are left out: "index", "discount" are not negations.
    const negated = /^(?:un|non-?)([a-z]{4,})$/.exec(key) ?? /^dis([a-z]{3,}ed)$/.exec(key)
    if (negated?.[1]) out.add(negated[1])
  }
  out.delete(key)
  if (cache.size > 20_000) cache.clear()
  cache.set(key, out)
  return out
}
