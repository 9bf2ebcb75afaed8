// Reads a session transcript into the steps collaboration is judged on: messages, replies, code
// insertions with the code they landed in, and test runs; and measures where the final code came from.
import { applySnapshot, type Snapshot, type TranscriptEventView } from '@pairwise/shared'

export type TimelineStep =
  | { kind: 'message'; seq: number; text: string }
  | { kind: 'reply'; seq: number; text: string }
  | {
      kind: 'insertion'
      seq: number
      source: 'ai_insert' | 'paste'
      fromAssistant: boolean
      /** Null when the browser did not record the pasted text. */
      text: string | null
      chars: number
      /** The last code the server knew before this insertion. */
      codeBefore: string
    }
  | { kind: 'run'; seq: number; mode: 'run' | 'submit'; passed: number; total: number }

const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

function snapshotOf(data: Record<string, unknown>): Snapshot | null {
  if (data.kind === 'full' && typeof data.code === 'string')
    return { kind: 'full', code: data.code }
  if (data.kind === 'edit' && typeof data.text === 'string') {
    return { kind: 'edit', keep: num(data.keep), tail: num(data.tail), text: data.text }
  }
  return null
}

/**
 * Events in transcript order. The code before each insertion comes from the starter code, the
 * snapshot chain (each an edit against the previous snapshot) and the code of each run.
 */
export function readTimeline(events: readonly TranscriptEventView[]): TimelineStep[] {
  const steps: TimelineStep[] = []
  let snapshotCode = ''
  let knownCode = ''
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const data = event.data
    switch (event.type) {
      case 'session_started':
        snapshotCode = str(data.code)
        knownCode = snapshotCode
        break
      case 'snapshot': {
        const snapshot = snapshotOf(data)
        if (snapshot) {
          snapshotCode = applySnapshot(snapshotCode, snapshot)
          knownCode = snapshotCode
        }
        break
      }
      case 'run':
      case 'submit':
        if (typeof data.code === 'string') knownCode = data.code
        steps.push({
          kind: 'run',
          seq: event.seq,
          mode: event.type,
          passed: num(data.passed),
          total: num(data.total),
        })
        break
      case 'assistant_message':
        steps.push({ kind: 'message', seq: event.seq, text: str(data.text) })
        break
      case 'assistant_reply':
        steps.push({ kind: 'reply', seq: event.seq, text: str(data.text) })
        break
      case 'ai_insert':
      case 'paste': {
        const text = typeof data.text === 'string' ? data.text : null
        steps.push({
          kind: 'insertion',
          seq: event.seq,
          source: event.type,
          fromAssistant: event.type === 'ai_insert' || data.fromAssistant === true,
          text,
          chars: num(data.chars) || (text?.length ?? 0),
          codeBefore: knownCode,
        })
        break
      }
    }
  }
  return steps
}

/** Whitespace collapsed, so re-indenting a line does not make it the candidate's own. */
export function normaliseLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ')
}

/** Lines like `}`, `else:` or `return` are everyone's; only longer lines say where code came from. */
function substantiveLines(code: string): string[] {
  return code
    .split(/\r?\n/)
    .map(normaliseLine)
    .filter((line) => line.replace(/\s/g, '').length >= 6)
}

export interface Provenance {
  /** Share of the final code's characters (substantive lines) that came from the assistant. */
  assistantShare: number
  /** The same for pastes from elsewhere. */
  pastedShare: number
  /** Share of the distinct lines the assistant or pastes introduced that are gone or edited now. */
  changedShare: number
  /** Distinct lines introduced by insertions and pastes (not already in the code). */
  introducedLines: number
  /** Pastes whose text the browser did not record, and so cannot be traced. */
  untracedPastes: number
}

export function measureProvenance(steps: TimelineStep[], finalCode: string): Provenance {
  // A line counts as introduced only if the code before the insertion did not have it already
  // (the starter's signature, or what the candidate typed), so inserting a whole function over
  // one's own draft does not make the draft the assistant's.
  const introduced = new Map<string, 'assistant' | 'paste'>()
  let untracedPastes = 0
  for (const step of steps) {
    if (step.kind !== 'insertion') continue
    if (step.text === null) {
      untracedPastes++
      continue
    }
    const before = new Set(substantiveLines(step.codeBefore))
    for (const line of substantiveLines(step.text)) {
      if (before.has(line) || introduced.get(line) === 'assistant') continue
      introduced.set(line, step.fromAssistant ? 'assistant' : 'paste')
    }
  }
  const finalLines = substantiveLines(finalCode)
  const finalSet = new Set(finalLines)
  let total = 0
  let assistant = 0
  let pasted = 0
  for (const line of finalLines) {
    const chars = line.length
    total += chars
    const origin = introduced.get(line)
    if (origin === 'assistant') assistant += chars
    else if (origin === 'paste') pasted += chars
  }
  let changed = 0
  for (const line of introduced.keys()) if (!finalSet.has(line)) changed++
  return {
    assistantShare: total === 0 ? 0 : assistant / total,
    pastedShare: total === 0 ? 0 : pasted / total,
    changedShare: introduced.size === 0 ? 0 : changed / introduced.size,
    introducedLines: introduced.size,
    untracedPastes,
  }
}

export interface Verification {
  /** Insertions of the assistant's code (ai_insert, or a paste that matches a reply). */
  insertions: number
  /** Of those, how many a run or submit followed before the next message or the end. */
  verified: number
  /** 1-based positions of the insertions nobody tested. */
  unverified: number[]
}

export function measureVerification(steps: TimelineStep[]): Verification {
  const positions = steps.flatMap((step, i) =>
    step.kind === 'insertion' && step.fromAssistant ? [i] : [],
  )
  const unverified: number[] = []
  positions.forEach((start, n) => {
    let tested = false
    for (const step of steps.slice(start + 1)) {
      if (step.kind === 'message') break
      if (step.kind === 'run') {
        tested = true
        break
      }
    }
    if (!tested) unverified.push(n + 1)
  })
  return {
    insertions: positions.length,
    verified: positions.length - unverified.length,
    unverified,
  }
}
