// Says in a few words how a test's actual value differs from the expected one.
export function formatValue(value: unknown): string {
  if (value === undefined) return '—'
  if (typeof value === 'string') return JSON.stringify(value)
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

export function describeDifference(expected: unknown, actual: unknown): string | null {
  if (expected === undefined || actual === undefined) return null
  if (typeof expected === 'number' && typeof actual === 'number') {
    const delta = actual - expected
    if (!Number.isFinite(delta)) return `expected ${expected}, got ${actual}`
    const sign = delta > 0 ? '+' : '−'
    return `off by ${sign}${formatNumber(Math.abs(delta))}`
  }
  if (typeof expected !== typeof actual || Array.isArray(expected) !== Array.isArray(actual)) {
    return `expected a ${kind(expected)}, got a ${kind(actual)}`
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return `length ${actual.length} instead of ${expected.length}`
    }
    const at = expected.findIndex((item, i) => formatValue(item) !== formatValue(actual[i]))
    if (at === -1) return null
    const inner = describeDifference(expected[at], actual[at])
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

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  return typeof value
}

function formatNumber(n: number): string {
  if (n !== 0 && (n < 1e-4 || n >= 1e6)) return n.toExponential(2)
  return String(Number(n.toPrecision(6)))
}

/** The line an error message points at ("line 12", "File …, line 12"), when it names one. */
export function lineInMessage(message: string | undefined): number | undefined {
  if (!message) return undefined
  const match = /\bline (\d+)/i.exec(message) ?? /:(\d+):\d+\b/.exec(message)
  const line = match?.[1] ? Number(match[1]) : NaN
  return Number.isInteger(line) && line > 0 ? line : undefined
}
