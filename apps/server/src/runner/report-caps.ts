// Bounds what a run stores and returns once the server has compared: 64 KB a case, 1 MB a run.
// The harness already cuts values past 1 MB, but code can write on its result channel itself.
import type { TestResult } from '@pairwise/shared'

export const CASE_REPORT_BYTES = 64 * 1024
export const RUN_REPORT_BYTES = 1024 * 1024
/** How much of a value over the cap is kept, so that a person sees what it began with. */
const PREVIEW_CHARS = 16 * 1024

export function truncationMarker(bytes: number): string {
  return `… [truncated: ${bytes} bytes in all]`
}

/** A value as it is shown, cut to the room left: a string preview with a visible marker. */
function bounded(value: unknown, room: number): { value: unknown; bytes: number } {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  // JSON.stringify gives undefined for undefined: nothing to store.
  if (text === undefined) return { value, bytes: 0 }
  const bytes = Buffer.byteLength(text)
  if (bytes <= room) return { value, bytes }
  const preview = text.slice(0, Math.min(PREVIEW_CHARS, Math.floor(room / 2)))
  const shown = `${preview}${truncationMarker(bytes)}`
  return { value: shown, bytes: Buffer.byteLength(shown) }
}

/** Caps each case's expected, actual and error at 64 KB, and all of them together at 1 MB. */
export function capReport(tests: TestResult[]): TestResult[] {
  let left = RUN_REPORT_BYTES
  return tests.map((test) => {
    const capped: TestResult = { ...test }
    for (const key of ['expected', 'actual', 'error'] as const) {
      if (capped[key] === undefined) continue
      const { value, bytes } = bounded(capped[key], Math.max(0, Math.min(CASE_REPORT_BYTES, left)))
      left -= bytes
      if (key === 'error') capped.error = String(value)
      else capped[key] = value
    }
    return capped
  })
}

/** A run-level message (a load error the code raised) under the same per-case cap. */
export function capMessage(message: string): string {
  return String(bounded(message, CASE_REPORT_BYTES).value)
}
