// Big-O classes as a sentence uses them: which it claims, per what unit, and when two disagree.
import type { Token } from './text.ts'

const BIG_O = /\b[OΘΩ]\s*\(\s*([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?)\)/g
/** Words just before a complexity class that mean the writer does not claim it. */
const DISOWNED =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- only ever tested on the 30 characters before a match
  /(?:than|instead of|rather than|not|never|avoid\w*|naive\w*|brute[- ]force\w*|would\s+(?:be|cost|take|need)|versus|vs\.?|from|down from|unlike|against|compared (?:to|with))\s*(?:an?\s+|the\s+)?(?:\w+\s+)?$/i

/** Names inside a class that are functions, not quantities. */
const FUNCTIONS = new Set(['log', 'sqrt', 'min', 'max', 'exp', 'poly'])

/** One class a sentence claims for itself. */
export interface ClassUse {
  /** Canonical, as `canonical` writes it: `O(nlogn)`, `O(widthdepth)`. */
  shown: string
  /** Canonical with each named quantity cut to its initial, |x| to x: `O(wd)` for both. */
  compared: string
  /** The quantities it grows with: `O(w*d)` → w, d; `O(1)` → none. */
  variables: Set<string>
  /** "O(1) per item", "each iteration costs O(n)": the unit the cost is counted in. */
  unit: string | undefined
  /** The clause of its sentence it stands in (text.ts Token.clause). */
  clause: number
  /** The word it is the cost of, written right after it: "an O(n log n) sort". */
  of: Token | undefined
}

export function complexityClasses(text: string, canonical: (inner: string) => string): string[] {
  return complexityUses(text, [], canonical).map((u) => u.shown)
}

/**
 * The classes a text claims, in order, without those it disowns ("instead of O(n^2)", "a naive
 * O(n^2)"). `tokens` are the text's analysed tokens, whose big-O terms give each class its clause.
 */
export function complexityUses(
  text: string,
  tokens: readonly Token[],
  canonical: (inner: string) => string,
): ClassUse[] {
  const terms = tokens.filter((t) => t.complexity)
  const next = (term: Token | undefined) =>
    term && tokens.find((t) => t.at === term.at + 1 && t.content && !t.complexity)
  const out: ClassUse[] = []
  let index = 0
  for (const m of text.matchAll(BIG_O)) {
    const term = terms[index++]
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    if (DISOWNED.test(before)) continue
    const inner = m[1] ?? ''
    // C_out and Cout are one quantity, written two ways.
    const named = inner
      .replace(/_/g, '')
      .replace(/\|/g, '')
      .replace(/[a-z]{3,}/gi, (w) => (FUNCTIONS.has(w.toLowerCase()) ? w : w.slice(0, 1)))
    const compared = canonical(named)
    out.push({
      shown: canonical(inner),
      compared,
      variables: new Set(
        compared
          .slice(2, -1)
          .replace(/log|sqrt|min|max|exp|poly/g, '')
          .match(/[a-z]/g) ?? [],
      ),
      unit: unitOf(text, m.index, m.index + m[0].length),
      clause: term?.clause ?? 0,
      of: next(term),
    })
  }
  return out
}

/**
 * The word after "per", "each", "every", "one" or "single" in the class's own clause, after it or
 * before it: "O(1) per item", "each iteration costs O(n)", "one pass, O(n)".
 */
function unitOf(text: string, start: number, end: number): string | undefined {
  const after = (text.slice(end, end + 40).split(/[,;:.()]/)[0] ?? '').toLowerCase()
  const before = (
    text
      .slice(Math.max(0, start - 40), start)
      .split(/[,;:.()]/)
      .pop() ?? ''
  ).toLowerCase()
  const found =
    UNIT.exec(after)?.[1] ?? [...before.matchAll(new RegExp(UNIT.source, 'g'))].pop()?.[1]
  return found?.replace(/s$/, '')
}

const UNIT = /\b(?:per|each|every|one|single)\s+([a-z]+)/

/**
 * Two classes that could disagree: counted in the same unit (or both in none), and growing with
 * the same quantities, or one with a part of the other's. "O(1) per item" and "O(n)" overall, or
 * "O(m)" blocks and "O(n)" impressions, are costs of different things.
 */
export function comparable(a: ClassUse, b: ClassUse): boolean {
  if (a.unit !== b.unit) return false
  const within = (x: Set<string>, y: Set<string>) => [...x].every((v) => y.has(v))
  return within(a.variables, b.variables) || within(b.variables, a.variables)
}
