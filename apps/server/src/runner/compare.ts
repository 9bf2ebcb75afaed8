// Compares what the code returned (as the harness encoded it) with a case's expected value.
import { readNumber, type ScriptCompare } from '@pairwise/shared'

/** Default relative tolerance for numbers: |a - b| <= tol * max(1, |expected|). */
export const DEFAULT_TOLERANCE = 1e-9

/**
 * What the harness could not report as a value is tagged: values shown by their repr, and values
 * too large to report whole (a preview of their JSON and their size). Non-finite numbers are not
 * among them: they are numbers, tagged as json-numbers.ts says.
 */
interface Tagged {
  $pairwise: 'repr' | 'truncated'
  repr?: string
  preview?: string
  bytes?: number
}

/** Deeper than the harness ever nests (it stops at 64): only a hand-written result line gets here. */
const MAX_SHOWN_DEPTH = 100

function isTagged(value: unknown): value is Tagged {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $pairwise?: unknown }).$pairwise === 'string'
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function numbersMatch(expected: number, actual: number, tolerance: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) {
    return Number.isNaN(expected) && Number.isNaN(actual)
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))
}

/**
 * Deep equality with a numeric tolerance. Either side may hold tagged non-finite numbers. Booleans
 * are not numbers, tuples arrive as arrays, an expected NaN is met only by NaN and an expected
 * infinity only by the same infinity. A value the harness could only repr never matches.
 */
export function valuesMatch(
  expected: unknown,
  actual: unknown,
  tolerance: number = DEFAULT_TOLERANCE,
): boolean {
  const expectedNumber = readNumber(expected)
  if (expectedNumber !== undefined) {
    const actualNumber = readNumber(actual)
    return actualNumber !== undefined && numbersMatch(expectedNumber, actualNumber, tolerance)
  }
  if (isTagged(actual)) return false
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => valuesMatch(item, actual[i], tolerance))
    )
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return false
    const keys = Object.keys(expected)
    return (
      keys.length === Object.keys(actual).length &&
      keys.every((key) => key in actual && valuesMatch(expected[key], actual[key], tolerance))
    )
  }
  return expected === actual
}

/**
 * The reported value as the API carries it: a repr or a truncated value as its text, a non-finite
 * number still tagged (the browser shows it as NaN or Infinity), anything nested past any depth
 * the harness writes cut off, since a hand-written result line could nest deeper than the stack.
 */
export function displayValue(value: unknown, depth = 0): unknown {
  if (depth > MAX_SHOWN_DEPTH) return '<nested too deeply>'
  if (isTagged(value)) {
    if (value.$pairwise === 'truncated') {
      return `${String(value.preview ?? '')}… [truncated: ${Number(value.bytes ?? 0)} bytes in all]`
    }
    return value.repr ?? '<unrepresentable>'
  }
  if (Array.isArray(value)) return value.map((item) => displayValue(item, depth + 1))
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, displayValue(item, depth + 1)]),
    )
  }
  return value
}

/**
 * Script output is compared trimmed, with Windows line ends and trailing spaces forgiven. A case
 * marked `compare: "tokens"` (imported print tests, whose expected output is written by hand) is
 * compared token by token instead: whitespace and commas only separate, numbers match by value
 * within the default tolerance (`1.`, `1.0` and `1.00e+00` alike, and `0.00010000000000000002`
 * meets `0.0001`), and every other character must match in order.
 */
export function outputsMatch(
  expected: string,
  actual: string,
  compare: ScriptCompare = 'lines',
): boolean {
  if (compare === 'tokens') return tokensMatch(expected, actual)
  const normalize = (text: string) =>
    text
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim()
  return normalize(expected) === normalize(actual)
}

// A number (sign, digits, fraction, exponent), a word, or any single character but a separator.
// Each alternative is deterministic, so a scan is linear in the text.
const TOKEN = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_]\w*|[^\s,]/g
const NUMBER = /^-?(?:\d|\.\d)/

function tokensMatch(expected: string, actual: string): boolean {
  const want = expected.match(TOKEN) ?? []
  const got = actual.match(TOKEN) ?? []
  if (want.length !== got.length) return false
  return want.every((token, i) => {
    const other = got[i] ?? ''
    if (NUMBER.test(token) && NUMBER.test(other)) {
      const [want, got] = [Number(token), Number(other)]
      return Math.abs(got - want) <= DEFAULT_TOLERANCE * Math.max(1, Math.abs(want))
    }
    return token === other
  })
}
