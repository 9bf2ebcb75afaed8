// Reads a time-complexity claim from an explanation and checks it against the measured growth.
import type { ComplexityCheck, ScoreFlag } from '@pairwise/shared'

export interface ComplexityClaim {
  /** The claim as written, e.g. "O(n log n)" or "linear time". */
  claimed: string
  /** The growth exponent it implies in n: each log n counts as about 0.1 at the sizes measured. */
  exponent: number
}

/**
 * What a claim's exponent cannot say, added to each side of the measured interval: a claim counts
 * log n as 0.1, and caches and allocation bend real timings further. On a loaded machine the
 * library's linear and n log n references measured intervals with lower ends down to 1.24–1.35,
 * so 0.3 is needed for an honest claim to stand; n² against n log n is still told apart.
 */
export const MODEL_MARGIN = 0.3

/** Rounding between a claim's exponent and the problem's stated one (log factors count 0.1). */
const STATED_COST_SLACK = 1e-9

/** d log(log n) / d log n = 1 / ln n, about 0.1 for the n of a growth measurement. */
const LOG_EXPONENT = 0.1

/** n^power · (log n)^logs; sums keep the larger, products add. */
interface Growth {
  power: number
  logs: number
}

const CONSTANT: Growth = { power: 0, logs: 0 }

function larger(a: Growth, b: Growth): Growth {
  return a.power > b.power || (a.power === b.power && a.logs >= b.logs) ? a : b
}

const SUPERSCRIPTS: Record<string, string> = { '²': '^2', '³': '^3', '⁴': '^4', '½': '^0.5' }

type Token =
  { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string }

function tokenize(text: string): Token[] | null {
  const source = text
    .replace(/[²³⁴½]/g, (c) => SUPERSCRIPTS[c] ?? c)
    .replace(/\*\*/g, '^')
    .replace(/[·×⋅∙*]/g, '*')
    .replace(/√/g, 'sqrt')
    .replace(/[|{}]/g, ' ')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/−/g, '-')
  const tokens: Token[] = []
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|([-+*/^(),!]))/y
  const length = source.trimEnd().length
  let at = 0
  while (at < length) {
    pattern.lastIndex = at
    const match = pattern.exec(source)
    if (!match) return null
    at = pattern.lastIndex
    if (match[1] !== undefined) tokens.push({ kind: 'num', value: Number(match[1]) })
    else if (match[2] !== undefined) tokens.push(...splitIdentifier(match[2]))
    else tokens.push({ kind: 'op', op: match[3] ?? '' })
  }
  return tokens
}

const FUNCTIONS = new Set(['log', 'lg', 'ln', 'sqrt'])

/** "nlogn", "logn", "nd", "nk" are juxtapositions; "iters" or "nnz" stay one name. */
function splitIdentifier(name: string): Token[] {
  const glued = /^([a-z]?)(log|lg|ln|sqrt)([a-z]?)$/i.exec(name)
  if (glued && (glued[1] || glued[3])) {
    return [glued[1], glued[2], glued[3]]
      .filter((part): part is string => Boolean(part))
      .map((part) => ({ kind: 'id', name: part }))
  }
  if (/^[nN][a-z]$/.test(name) && !FUNCTIONS.has(name)) {
    return [...name].map((part) => ({ kind: 'id', name: part }))
  }
  return [{ kind: 'id', name }]
}

/** A recursive-descent reader of what is inside O(…); null when it is not a polynomial-log form. */
class GrowthParser {
  private at = 0
  constructor(
    private readonly tokens: Token[],
    private readonly isSize: (name: string) => boolean,
  ) {}

  parse(): Growth | null {
    const growth = this.sum()
    return growth !== null && this.at === this.tokens.length ? growth : null
  }

  private peek(): Token | undefined {
    return this.tokens[this.at]
  }

  private isOp(op: string): boolean {
    const token = this.peek()
    return token?.kind === 'op' && token.op === op
  }

  private sum(): Growth | null {
    let growth = this.product()
    while (growth !== null && (this.isOp('+') || this.isOp('-'))) {
      this.at++
      const next = this.product()
      growth = next === null ? null : larger(growth, next)
    }
    return growth
  }

  private product(): Growth | null {
    let growth = this.power()
    while (growth !== null) {
      const token = this.peek()
      const divide = this.isOp('/')
      if (this.isOp('*') || divide) this.at++
      else if (!(token?.kind === 'id' || token?.kind === 'num' || this.isOp('('))) break
      const next = this.power()
      if (next === null) return null
      // Dividing by a size variable is rare in a claim and never makes code faster to measure.
      growth = divide
        ? { power: growth.power - next.power, logs: growth.logs - next.logs }
        : { power: growth.power + next.power, logs: growth.logs + next.logs }
    }
    return growth
  }

  private power(): Growth | null {
    const base = this.atom()
    if (base === null) return null
    if (this.isOp('!')) return null
    if (!this.isOp('^')) return base
    this.at++
    let exponent: number | null = null
    if (this.isOp('(')) {
      this.at++
      const token = this.peek()
      if (token?.kind === 'num') exponent = token.value
      this.at++
      if (!this.isOp(')')) return null
      this.at++
    } else {
      const token = this.peek()
      if (token?.kind === 'num') exponent = token.value
      this.at++
    }
    // n^k with a variable k, or 2^n, is not a polynomial: the check does not apply.
    if (exponent === null) return null
    if (base.power === 0 && base.logs === 0 && exponent > 0) return CONSTANT
    return { power: base.power * exponent, logs: base.logs * exponent }
  }

  private atom(): Growth | null {
    const token = this.peek()
    if (token === undefined) return null
    if (token.kind === 'num') {
      this.at++
      // 2^n: a constant base raised to a size is exponential.
      if (this.isOp('^')) {
        const next = this.tokens[this.at + 1]
        if (next?.kind === 'id' && this.isSize(next.name)) return null
      }
      return CONSTANT
    }
    if (token.kind === 'op') {
      if (token.op !== '(') return null
      this.at++
      const inner = this.sum()
      if (inner === null || !this.isOp(')')) return null
      this.at++
      return inner
    }
    this.at++
    const name = token.name.toLowerCase()
    if (FUNCTIONS.has(name)) {
      let logPower = 1
      if (name !== 'sqrt' && this.isOp('^')) {
        // log^2 n
        const next = this.tokens[this.at + 1]
        if (next?.kind !== 'num') return null
        logPower = next.value
        this.at += 2
      }
      const argument = this.power()
      if (argument === null) return null
      if (name === 'sqrt') return { power: argument.power / 2, logs: argument.logs / 2 }
      return argument.power > 0 ? { power: 0, logs: logPower } : CONSTANT
    }
    return this.isSize(token.name) ? { power: 1, logs: 0 } : CONSTANT
  }
}

/** The size variable is n; only a claim without n (O(V + E), O(m)) grows in its other names. */
function growthOf(expression: string): Growth | null {
  const tokens = tokenize(expression)
  if (tokens === null || tokens.length === 0) return null
  const names = tokens.flatMap((t) => (t.kind === 'id' ? [t.name] : []))
  const hasN = names.some((name) => name === 'n' || name === 'N')
  const isSize = (name: string) =>
    hasN ? name === 'n' || name === 'N' : !FUNCTIONS.has(name.toLowerCase())
  return new GrowthParser(tokens, isSize).parse()
}

/** Worded claims; "linear" and "constant" count only beside time words ("linear regression"). */
const WORDED: { pattern: RegExp; exponent: number; needsContext?: boolean }[] = [
  { pattern: /\b(?:linearithmic|log[- ]linear|quasi[- ]?linear)\b/i, exponent: 1 + LOG_EXPONENT },
  { pattern: /\bn\s*(?:[*·]\s*)?log\s*(?:\(\s*)?n\b\)?/i, exponent: 1 + LOG_EXPONENT },
  { pattern: /\bquadratic\b/i, exponent: 2 },
  { pattern: /\bcubic\b/i, exponent: 3 },
  { pattern: /\blinear(?:ly)?(?:[- ]time)?\b/i, exponent: 1, needsContext: true },
  { pattern: /\blogarithmic\b/i, exponent: LOG_EXPONENT },
  { pattern: /\bconstant(?:[- ]time)?\b/i, exponent: 0, needsContext: true },
]

/** Words that make a claim about memory rather than time. */
const SPACE_WORDS = /\b(?:space|memory|extra|auxiliary|storage|ram)\b/i
const TIME_WORDS = /\b(?:time|runtime|run[- ]?time|runs?|takes|complexity|overall|total|cost)\b/i
/** Words that put a claim on some other approach than the candidate's. */
const ALTERNATIVE_WORDS =
  /\b(?:naive(?:ly)?|brute[- ]force|instead of|rather than|would (?:be|take|cost)|could be|avoid(?:s|ing)?|worse|instead)\b/i
const OVERALL_WORDS =
  /\b(?:overall|in total|total|altogether|end to end|dominat\w*|so the whole)\b/i

interface Found {
  claim: ComplexityClaim
  index: number
  overall: boolean
  alternative: boolean
}

/** Where a clause ends: "The naive way is O(n²), but sorting gives O(n log n)" has two claims. */
const CLAUSE_END = /[.!?](?:\s|$)|\n|;|\b(?:but|whereas|while|although)\b/gi

/**
 * The clause ends of a text, found once; each claim's clause is then two binary searches, so that
 * many claims in a long text cost n log n, not a pass over the text per claim.
 */
class Clauses {
  private starts: number[] = []
  private ends: number[] = []
  constructor(private readonly text: string) {
    for (const match of text.matchAll(CLAUSE_END)) {
      this.starts.push(match.index)
      this.ends.push(match.index + match[0].length)
    }
  }

  around(index: number, length: number): string {
    // The last clause end at or before the claim, and the first one at or after its end.
    const before = lastAtMost(this.ends, index)
    const after = firstAtLeast(this.starts, index + length)
    const start = before === -1 ? 0 : (this.ends[before] ?? 0)
    const end = after === this.starts.length ? this.text.length : (this.starts[after] ?? 0)
    return this.text.slice(start, end)
  }
}

function firstAtLeast(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? 0) >= value) hi = mid
    else lo = mid + 1
  }
  return lo
}

function lastAtMost(sorted: number[], value: number): number {
  return firstAtLeast(sorted, value + 1) - 1
}

/** No one writes a claim this long inside O(…); longer is not a claim, and parsing it costs. */
const MAX_CLAIM_CHARS = 120

/** The index of the `)` that closes each `(`, in one pass with a stack. */
function closingParens(text: string): Map<number, number> {
  const close = new Map<number, number>()
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i)
    else if (text[i] === ')') {
      const at = open.pop()
      if (at !== undefined) close.set(at, i)
    }
  }
  return close
}

// Read on 30 characters around a claim only, so their cost does not grow with the text.
const SPACE_AFTER = new RegExp(`^\\W{0,3}(?:[a-z]+\\s+){0,2}?${SPACE_WORDS.source}`, 'i')
const SPACE_BEFORE = new RegExp(`${SPACE_WORDS.source}\\W+(?:[a-z]+\\W+){0,2}$`, 'i')

/** The words right after a claim, then right before it, say whether it is about time or space. */
function isSpaceClaim(text: string, index: number, length: number): boolean {
  const tail = text.slice(index + length, index + length + 30)
  if (/^\W{0,3}(?:[a-z]+\s+){0,2}?(?:time|runtime|run[- ]time)\b/i.test(tail)) return false
  if (SPACE_AFTER.test(tail)) return true
  const head = text.slice(Math.max(0, index - 30), index)
  return SPACE_BEFORE.test(head)
}

function candidates(text: string): Found[] {
  const found: Found[] = []
  const clauses = new Clauses(text)
  const note = (claimed: string, exponent: number, index: number, length: number) => {
    if (isSpaceClaim(text, index, length)) return
    const clause = clauses.around(index, length)
    found.push({
      claim: { claimed, exponent: Math.round(exponent * 100) / 100 },
      index,
      overall: OVERALL_WORDS.test(clause),
      alternative: ALTERNATIVE_WORDS.test(clause),
    })
  }
  const bigO = /(?:\b|\s|^)([OΘΩ])\s*\(/g
  const closing = closingParens(text)
  // Characters inside a claim already found, so a worded pattern does not count it twice.
  const covered = new Uint8Array(text.length)
  const cover = (from: number, to: number) => covered.fill(1, from, Math.min(to, text.length))
  for (let match = bigO.exec(text); match; match = bigO.exec(text)) {
    // Balanced parentheses: O((n + m) log n).
    const open = match.index + match[0].length
    const closeAt = closing.get(open - 1)
    if (closeAt === undefined || closeAt - open > MAX_CLAIM_CHARS) continue
    const close = closeAt + 1
    const inside = text.slice(open, close - 1)
    const growth = growthOf(inside)
    if (growth === null) continue
    const start = open - match[0].trimStart().length
    const claimed = `${match[1]}(${inside.trim()})`
    const before = found.length
    note(claimed, growth.power + LOG_EXPONENT * growth.logs, start, close - start)
    if (found.length > before) cover(start, start + claimed.length + 2)
  }
  for (const { pattern, exponent, needsContext } of WORDED) {
    const global = new RegExp(pattern.source, 'gi')
    for (let match = global.exec(text); match; match = global.exec(text)) {
      const index = match.index
      if (covered[index]) continue
      const near = text.slice(Math.max(0, index - 25), index + match[0].length + 25)
      if (needsContext && !TIME_WORDS.test(near)) continue
      note(match[0].trim(), exponent, index, match[0].length)
      cover(index, index + match[0].length)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * The explanation's claim about its own time complexity, or null when it makes none. Space
 * claims are skipped, and so are claims about another approach ("the naive O(n²) …"). Of several,
 * one said to hold overall wins; otherwise the largest, since the slowest step dominates.
 */
export function parseComplexityClaim(text: string): ComplexityClaim | null {
  const own = candidates(text).filter((found) => !found.alternative)
  if (own.length === 0) return null
  const overall = own.filter((found) => found.overall)
  const pool = overall.length > 0 ? overall : own
  // On a tie the later claim wins: a conclusion tends to come last.
  return pool.reduce((best, found) => (found.claim.exponent >= best.claim.exponent ? found : best))
    .claim
}

export interface MeasuredGrowth {
  exponent: number | null
  /** 95% confidence interval of the exponent; without one the exponent is taken as exact. */
  interval?: [number, number] | null
  sizes?: number[]
  adapted?: boolean
}

export interface ComplexityVerdict {
  check: ComplexityCheck
  /** Set when the claim and the measurement disagree; the message gives both numbers. */
  flag: ScoreFlag | null
  /** Set when the code grows faster than the problem requires, whatever the claim. */
  slower: ScoreFlag | null
}

const fixed = (x: number) => x.toFixed(2)

/**
 * Compares a claim, and the problem's required complexity, with the measured growth. A mismatch
 * is flagged only when the measured interval, widened by the model margin, excludes the claim;
 * code is "slower than required" only when the whole widened interval lies above the requirement.
 * Without a claim or a measurement `consistent` is null.
 */
export function checkComplexity(
  claim: ComplexityClaim | null,
  measured: MeasuredGrowth | null,
  required: ComplexityClaim | null = null,
): ComplexityVerdict {
  const measuredExponent = measured?.exponent ?? null
  const interval: [number, number] | null =
    measuredExponent === null ? null : (measured?.interval ?? [measuredExponent, measuredExponent])
  const low = interval === null ? null : interval[0] - MODEL_MARGIN
  const high = interval === null ? null : interval[1] + MODEL_MARGIN
  // Code can measure faster than its real cost (vectorized all-pairs work is mostly constant
  // overhead at the sizes a budget allows), never slower. So a claim above the measurement stands
  // when it is no more than what the problem itself states the work costs.
  const belowStatedCost =
    claim !== null &&
    high !== null &&
    required !== null &&
    claim.exponent > high &&
    claim.exponent <= required.exponent + STATED_COST_SLACK
  const consistent =
    claim === null || low === null || high === null
      ? null
      : (claim.exponent >= low && claim.exponent <= high) || belowStatedCost
  const slowerThanRequired = required !== null && low !== null ? low > required.exponent : undefined
  const check: ComplexityCheck = {
    claimed: claim?.claimed ?? null,
    claimedExponent: claim?.exponent ?? null,
    measuredExponent,
    ...(measured?.sizes === undefined ? {} : { sizes: measured.sizes }),
    ...(interval === null ? {} : { interval }),
    ...(required === null
      ? {}
      : { required: required.claimed, requiredExponent: required.exponent }),
    ...(slowerThanRequired === undefined ? {} : { slowerThanRequired }),
    ...(measured?.adapted ? { adapted: true } : {}),
    ...(belowStatedCost ? { belowStatedCost: true } : {}),
    consistent,
  }
  const sizes = measured?.sizes ?? []
  const range = sizes.length > 1 ? ` for n from ${sizes[0]} to ${sizes[sizes.length - 1]}` : ''
  const growth =
    measuredExponent === null || interval === null
      ? ''
      : `n^${fixed(measuredExponent)} (95% interval ${fixed(interval[0])} to ${fixed(interval[1])})${range}`
  const flag: ScoreFlag | null =
    consistent === false && claim !== null
      ? {
          code: 'complexity-mismatch',
          message:
            `The explanation claims ${claim.claimed} (time growing as n^${fixed(claim.exponent)}), ` +
            `but running the code measured ${growth}.`,
        }
      : null
  const slower: ScoreFlag | null =
    slowerThanRequired && required !== null
      ? {
          code: 'slower-than-required',
          message: `The code is slower than this problem requires: its time grows as ${growth}, but the problem asks for ${required.claimed}.`,
        }
      : null
  return { check, flag, slower }
}
