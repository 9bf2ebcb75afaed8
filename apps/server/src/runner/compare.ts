// Compares what the code returned (as the harness encoded it) with a case's expected value.

/** Default relative tolerance for numbers: |a - b| <= tol * max(1, |expected|). */
export const DEFAULT_TOLERANCE = 1e-9

/**
 * What JSON cannot carry is tagged by the harness: NaN, infinities, values shown by repr, and
 * values too large to report whole (a preview of their JSON and their size).
 */
interface Tagged {
  $pairwise: 'nan' | 'inf' | '-inf' | 'repr' | 'truncated'
  repr?: string
  preview?: string
  bytes?: number
}

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

/** A tagged number as a number, or undefined when the value is not one. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (!isTagged(value)) return undefined
  if (value.$pairwise === 'nan') return Number.NaN
  if (value.$pairwise === 'inf') return Number.POSITIVE_INFINITY
  if (value.$pairwise === '-inf') return Number.NEGATIVE_INFINITY
  return undefined
}

function numbersMatch(expected: number, actual: number, tolerance: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) {
    return Number.isNaN(expected) && Number.isNaN(actual)
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))
}

/**
 * Deep equality with a numeric tolerance. Booleans are not numbers, tuples arrive as arrays, and
 * NaN equals NaN. A value the harness could only repr never matches.
 */
export function valuesMatch(
  expected: unknown,
  actual: unknown,
  tolerance: number = DEFAULT_TOLERANCE,
): boolean {
  const expectedNumber = asNumber(expected)
  if (expectedNumber !== undefined) {
    const actualNumber = asNumber(actual)
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

/** The encoded value as a person reads it: 'NaN', 'Infinity', the repr text. */
export function displayValue(value: unknown): unknown {
  if (isTagged(value)) {
    if (value.$pairwise === 'nan') return 'NaN'
    if (value.$pairwise === 'inf') return 'Infinity'
    if (value.$pairwise === '-inf') return '-Infinity'
    if (value.$pairwise === 'truncated') {
      return `${String(value.preview ?? '')}… [truncated: ${Number(value.bytes ?? 0)} bytes in all]`
    }
    return value.repr ?? '<unrepresentable>'
  }
  if (Array.isArray(value)) return value.map(displayValue)
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, displayValue(item)]))
  }
  return value
}

/** Script output is compared trimmed, with Windows line ends and trailing spaces forgiven. */
export function outputsMatch(expected: string, actual: string): boolean {
  const normalize = (text: string) =>
    text
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim()
  return normalize(expected) === normalize(actual)
}
