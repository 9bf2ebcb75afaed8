// Fits the conversation into a token budget, newest turns first, and notes what was left out.
import type { ChatTurn } from './types.ts'

/** A rough count that errs high for English and code: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}

export interface FittedHistory {
  /** The newest turns that fit, oldest first, starting with a user turn. */
  turns: ChatTurn[]
  omittedCount: number
  /** One line about the omitted turns, or null when nothing was left out. */
  omittedSummary: string | null
}

const TURN_OVERHEAD_TOKENS = 4
const TOPIC_CHARS = 60
const MAX_TOPICS = 4

export function fitHistory(history: ChatTurn[], budgetTokens: number): FittedHistory {
  let used = 0
  let start = history.length
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]
    if (!turn) continue
    const cost = estimateTokens(turn.text) + TURN_OVERHEAD_TOKENS
    if (used + cost > budgetTokens) break
    used += cost
    start = i
  }
  // The Messages API wants the conversation to open with the user, so a leading reply goes too.
  while (start < history.length && history[start]?.role !== 'user') start++
  const omitted = history.slice(0, start)
  return {
    turns: history.slice(start),
    omittedCount: omitted.length,
    omittedSummary: omitted.length > 0 ? summariseOmitted(omitted) : null,
  }
}

function summariseOmitted(omitted: ChatTurn[]): string {
  const questions = omitted.filter((turn) => turn.role === 'user')
  const topics = questions.slice(-MAX_TOPICS).map((turn) => clip(turn.text))
  const asked =
    topics.length > 0 ? `; the candidate's last questions there: ${topics.join(' | ')}` : ''
  return `${omitted.length} earlier turn${omitted.length === 1 ? '' : 's'} left out for length${asked}`
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length <= TOPIC_CHARS ? `"${line}"` : `"${line.slice(0, TOPIC_CHARS - 1)}…"`
}
