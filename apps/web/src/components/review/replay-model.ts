// Turns a session transcript into moments for replay: the code at each event and what changed.
import { applySnapshot } from '@pairwise/shared'
import type { Snapshot, TranscriptEventView } from '@pairwise/shared'

export interface Moment {
  event: TranscriptEventView
  /** The code as it was right after this event. */
  code: string
  /** The code before the latest code change at or before this event (null: no earlier code). */
  previousCode: string | null
  /** The seq of the event that last changed the code. */
  codeSeq: number | null
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined)

function asSnapshot(data: Record<string, unknown>): Snapshot | null {
  if (data.kind === 'full' && typeof data.code === 'string')
    return { kind: 'full', code: data.code }
  const keep = num(data.keep)
  const tail = num(data.tail)
  const text = str(data.text)
  if (data.kind === 'edit' && keep !== undefined && tail !== undefined && text !== undefined) {
    return { kind: 'edit', keep, tail, text }
  }
  return null
}

/** Events that only annotate the session; they are listed with comments, not on the timeline. */
const NOT_MOMENTS = new Set(['mentor_comment'])

export function buildMoments(events: TranscriptEventView[]): Moment[] {
  const moments: Moment[] = []
  let code = ''
  let previousCode: string | null = null
  let codeSeq: number | null = null
  for (const event of [...events].sort((x, y) => x.seq - y.seq)) {
    let next: string | undefined
    if (event.type === 'session_started') next = str(event.data.code)
    else if (event.type === 'snapshot') {
      const snapshot = asSnapshot(event.data)
      if (snapshot) next = applySnapshot(code, snapshot)
    } else if (event.type === 'run' || event.type === 'submit') next = str(event.data.code)
    if (next !== undefined && (next !== code || codeSeq === null)) {
      previousCode = codeSeq === null ? null : code
      code = next
      codeSeq = event.seq
    }
    if (!NOT_MOMENTS.has(event.type)) moments.push({ event, code, previousCode, codeSeq })
  }
  return moments
}

export interface EventSummary {
  title: string
  detail: string | null
  tone: 'neutral' | 'good' | 'bad' | 'assistant'
}

export function describeEvent(event: TranscriptEventView): EventSummary {
  const d = event.data
  switch (event.type) {
    case 'session_started':
      return { title: 'Session started', detail: null, tone: 'neutral' }
    case 'snapshot':
      return { title: `Code saved (rev ${num(d.rev) ?? '?'})`, detail: null, tone: 'neutral' }
    case 'run':
    case 'submit':
    case 'graded': {
      const verb =
        event.type === 'run' ? 'Run' : event.type === 'submit' ? 'Submit' : 'Graded by the scorer'
      const passed = num(d.passed) ?? 0
      const total = num(d.total) ?? 0
      const status = str(d.status) ?? 'unknown'
      const failing = Array.isArray(d.failing) ? d.failing.filter((f) => typeof f === 'string') : []
      const error = str(d.error)
      const detail = [
        failing.length ? `Failing: ${failing.join(', ')}` : null,
        error ? `Error: ${error}` : null,
      ]
        .filter(Boolean)
        .join(' · ')
      return {
        title: `${verb}: ${passed}/${total} passed (${status})`,
        detail: detail || null,
        tone: status === 'passed' ? 'good' : 'bad',
      }
    }
    case 'custom_run': {
      const error = str(d.error)
      return {
        title: `Ran own input (${str(d.status) ?? 'unknown'})`,
        detail: [`Input: ${str(d.args) ?? ''}`, error ? `Error: ${error}` : null]
          .filter(Boolean)
          .join(' · '),
        tone: str(d.status) === 'ok' ? 'neutral' : 'bad',
      }
    }
    case 'assistant_message':
      return { title: 'Candidate asked the assistant', detail: str(d.text) ?? '', tone: 'neutral' }
    case 'assistant_reply':
      return {
        title: d.complete === false ? 'Assistant replied (cut off)' : 'Assistant replied',
        detail: str(d.text) ?? '',
        tone: 'assistant',
      }
    case 'paste':
      return {
        title: `${d.fromAssistant ? 'Pasted from the assistant' : 'Pasted text'} (client-reported)`,
        detail: `${num(d.chars) ?? 0} characters, ${num(d.lines) ?? 0} lines; reported by the browser, which a client can forge`,
        tone: d.fromAssistant ? 'assistant' : 'neutral',
      }
    case 'ai_insert':
      return {
        title: 'Inserted assistant code (client-reported)',
        detail: str(d.text) ?? null,
        tone: 'assistant',
      }
    case 'explanation_draft':
      return {
        title: 'Explanation drafted',
        detail: `${num(d.chars) ?? 0} characters`,
        tone: 'neutral',
      }
    case 'score':
      return {
        title: `Scored ${Math.round(num(d.total) ?? 0)}/100`,
        detail: Array.isArray(d.flags) && d.flags.length ? `Flags: ${d.flags.join(', ')}` : null,
        tone: 'neutral',
      }
    default:
      return { title: event.type.replace(/_/g, ' '), detail: null, tone: 'neutral' }
  }
}

export function formatTime(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}
