// Finds the line of the candidate's code that an error message names.
/**
 * The line an error message points at ("line 12", "File …, line 12", a compiler's
 * "Solution.java:12: error" or "solution.cpp:12:5: error"), when it names one.
 */
export function lineInMessage(message: string | undefined): number | undefined {
  if (!message) return undefined
  const match =
    /\bline (\d+)/i.exec(message) ??
    /\.(?:java|cpp|py|ts):(\d+)\b/.exec(message) ??
    /:(\d+):\d+\b/.exec(message)
  const line = match?.[1] ? Number(match[1]) : NaN
  return Number.isInteger(line) && line > 0 ? line : undefined
}
