// Reads a session transcript into the steps collaboration is judged on: messages, replies, code
// insertions with the code they landed in, and test runs; and measures where the final code came from.
// Insertions are also found on the server, by matching the code in the assistant's replies against
// the saved code, so an AI insertion counts even when the browser reported none.
import { applySnapshot, type Snapshot, type TranscriptEventView } from '@pairwise/shared'

export type TimelineStep =
  | { kind: 'message'; seq: number; text: string }
  | { kind: 'reply'; seq: number; text: string }
  | {
      kind: 'insertion'
      seq: number
      /** `inferred`: no event came from the browser; the reply's code turned up in saved code. */
      source: 'ai_insert' | 'paste' | 'inferred'
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
 * snapshot chain (each an edit against the previous snapshot) and the code of each run. When
 * `finalCode` is given it is the last code state, after every event.
 */
export function readTimeline(
  events: readonly TranscriptEventView[],
  finalCode?: string,
): TimelineStep[] {
  const steps: TimelineStep[] = []
  const origins = new ReplyCode()
  let snapshotCode = ''
  let knownCode = ''
  let lastSeq = 0
  /** A new code state: lines of the assistant's code that just appeared are an insertion. */
  const codeState = (code: string, seq: number) => {
    const inserted = origins.appeared(knownCode, code)
    if (inserted) {
      steps.push({
        kind: 'insertion',
        seq,
        source: 'inferred',
        fromAssistant: true,
        text: inserted,
        chars: inserted.length,
        codeBefore: knownCode,
      })
    }
    knownCode = code
  }
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const data = event.data
    lastSeq = event.seq
    switch (event.type) {
      case 'session_started':
        snapshotCode = str(data.code)
        knownCode = snapshotCode
        break
      case 'snapshot': {
        const snapshot = snapshotOf(data)
        if (snapshot) {
          snapshotCode = applySnapshot(snapshotCode, snapshot)
          codeState(snapshotCode, event.seq)
        }
        break
      }
      case 'run':
      case 'submit':
        // The insertion that a run's code shows comes before the run, so the run tests it.
        if (typeof data.code === 'string') codeState(data.code, event.seq)
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
        origins.addReply(str(data.text), knownCode)
        steps.push({ kind: 'reply', seq: event.seq, text: str(data.text) })
        break
      case 'ai_insert':
      case 'paste': {
        const text = typeof data.text === 'string' ? data.text : null
        // The browser's word that a paste came from a reply is checked against the replies too.
        const fromAssistant =
          event.type === 'ai_insert' || data.fromAssistant === true || origins.matches(text)
        // A save can reach the server before the browser's event: the code was then already
        // found as an inferred insertion, which this event confirms rather than repeats.
        const inferred = steps.findLast((s) => s.kind !== 'run')
        if (
          text !== null &&
          fromAssistant &&
          inferred?.kind === 'insertion' &&
          inferred.source === 'inferred' &&
          origins.allAttributed(text)
        ) {
          inferred.source = event.type
          break
        }
        if (text !== null && fromAssistant) origins.claim(text)
        steps.push({
          kind: 'insertion',
          seq: event.seq,
          source: event.type,
          fromAssistant,
          text,
          chars: num(data.chars) || (text?.length ?? 0),
          codeBefore: knownCode,
        })
        break
      }
    }
  }
  if (finalCode !== undefined && finalCode !== knownCode) codeState(finalCode, lastSeq + 1)
  return steps
}

/** An inferred insertion needs this many new lines from a reply, or one line this long. */
const MIN_INFERRED_LINES = 2
const MIN_INFERRED_CHARS = 24

/**
 * The lines of code the assistant offered and the candidate's code did not have yet. Each line is
 * attributed once: to the browser's event when there was one, else to the first code state that
 * shows it.
 */
class ReplyCode {
  private offered = new Set<string>()
  private attributed = new Set<string>()

  addReply(reply: string, codeNow: string): void {
    const existing = new Set(substantiveLines(codeNow))
    for (const line of replyCodeLines(reply)) if (!existing.has(line)) this.offered.add(line)
  }

  /** A paste is the assistant's when most of its substantive lines are lines a reply offered. */
  matches(text: string | null): boolean {
    if (text === null || this.offered.size === 0) return false
    const lines = substantiveLines(text)
    const hits = lines.filter((l) => this.offered.has(l) || this.attributed.has(l)).length
    return lines.length > 0 && hits * 2 >= lines.length
  }

  allAttributed(text: string): boolean {
    const lines = substantiveLines(text)
    return lines.length > 0 && lines.every((l) => this.attributed.has(l))
  }

  claim(text: string): void {
    for (const line of substantiveLines(text)) this.attributed.add(line)
  }

  /** The offered lines that `after` has and `before` had not, if they are enough to count. */
  appeared(before: string, after: string): string | null {
    if (this.offered.size === 0) return null
    const had = new Set(substantiveLines(before))
    const fresh = substantiveLines(after).filter(
      (l) => !had.has(l) && this.offered.has(l) && !this.attributed.has(l),
    )
    const unique = [...new Set(fresh)]
    const chars = unique.reduce((s, l) => s + l.length, 0)
    if (unique.length < MIN_INFERRED_LINES && chars < MIN_INFERRED_CHARS) return null
    for (const line of unique) this.attributed.add(line)
    return unique.join('\n')
  }
}

const FENCE = /^\s*(?:```|~~~)/

/**
 * The lines of a reply that are code: the lines inside fenced blocks, and outside them lines that
 * read as code rather than prose (an assignment, a call, a block opener), since a model does not
 * always fence what it writes.
 */
export function replyCodeLines(reply: string): string[] {
  const out: string[] = []
  let fenced = false
  for (const raw of reply.split('\n')) {
    if (FENCE.test(raw)) {
      fenced = !fenced
      continue
    }
    const line = normaliseLine(raw)
    if (line.replace(/\s/g, '').length < 6) continue
    if (fenced || looksLikeCode(line)) out.push(line)
  }
  return out
}

function looksLikeCode(line: string): boolean {
  if (/[.?!]$/.test(line) && !/\)\.?$/.test(line)) return false
  return (
    /^(?:def|class|return|import|from|for|while|if|elif|else|const|let|var|function|export)\b/.test(
      line,
    ) ||
    // Java and C++ declarations: `public static double gain`, `#include <cmath>`, `using …`.
    /^(?:#include|#define|using|template|struct|public|private|protected|static|final|std::)\b/.test(
      line,
    ) ||
    /[=({[]/.test(line) ||
    /[:;{]$/.test(line)
  )
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
