// A test's values as a person reads them, and in a few words how the actual one differs.
import { decodeNumbers, readNumber } from './json-numbers.ts'

/** The text cut to at most `max` characters, an ellipsis marking the cut. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** JSON text, except that NaN and the infinities (as numbers or as tags) read NaN, Infinity. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '—'
  try {
    return jsonText(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/** JSON.stringify's text, written out here because it has no way to write NaN bare. */
function jsonText(value: unknown): string | undefined {
  const number = readNumber(value)
  if (number !== undefined && !Number.isFinite(number)) return String(number)
  if (Array.isArray(value)) return `[${value.map((item) => jsonText(item) ?? 'null').join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const fields: string[] = []
    for (const [key, item] of Object.entries(value)) {
      const text = jsonText(item)
      if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`)
    }
    return `{${fields.join(',')}}`
  }
  return JSON.stringify(value)
}

/** How the actual value differs from the expected one, or null when that says nothing. */
export function describeDifference(expected: unknown, actual: unknown): string | null {
  if (expected === undefined || actual === undefined) return null
  return differenceOf(decodeNumbers(expected), decodeNumbers(actual))
}

function differenceOf(expected: unknown, actual: unknown): string | null {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const delta = actual - expected
    if (!Number.isFinite(delta)) return `expected ${expected}, got ${actual}`
    const sign = delta > 0 ? '+' : '−'
    return `off by ${sign}${formatNumber(Math.abs(delta))}`
  }
  if (typeof expected !== typeof actual || Array.isArray(expected) !== Array.isArray(actual)) {
    return `expected ${kind(expected)}, got ${kind(actual)}`
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return `length ${actual.length} instead of ${expected.length}`
    }
    const at = expected.findIndex((item, i) => formatValue(item) !== formatValue(actual[i]))
    if (at === -1) return null
    const inner = differenceOf(expected[at], actual[at])
    return `first difference at index ${at}${inner ? `: ${inner}` : ''}`
  }
  if (typeof expected === 'string' && typeof actual === 'string') {
    let at = 0
    while (at < expected.length && expected[at] === actual[at]) at++
    if (at === expected.length && at === actual.length) return null
    return `first difference at character ${at + 1}`
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    const differing = [...keys].filter(
      (k) =>
        formatValue((expected as Record<string, unknown>)[k]) !==
        formatValue((actual as Record<string, unknown>)[k]),
    )
    if (differing.length === 0) return null
    return `differs at ${differing.slice(0, 3).join(', ')}${differing.length > 3 ? ', …' : ''}`
  }
  return null
}

/** What a value is, as the words "expected …, got …" need it: "a list", "null", "NaN". */
function kind(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

function formatNumber(n: number): string {
  if (n !== 0 && (n < 1e-4 || n >= 1e6)) return n.toExponential(2)
  return String(Number(n.toPrecision(6)))
}
