// A ScoreReport in plain words, shared by the candidate's score card and the mentor's review: the
// parts with their weights, what was not assessed and why, readable flags and signal values.
import type { CollaborationSignal, ScoreFlag, ScoreReport } from '@pairwise/shared'

export interface PartLine {
  id: 'explanation' | 'correctness' | 'consistency' | 'collaboration'
  label: string
  /** 0..1, or null when the part was not assessed. */
  fraction: number | null
  /** The weight set for the part, and its share of the total once unassessed parts drop out. */
  weight: number
  share: number
  /** Why the part was not assessed, in words. */
  reason?: string
}

const DEFAULT_WEIGHTS = {
  explanation: 0.45,
  correctness: 0.3,
  consistency: 0.1,
  collaboration: 0.15,
}

/** Whether the LLM judge's result went into the total: it ran, did not fail and agreed. */
export function judgeCounted(report: ScoreReport): boolean {
  return (
    report.scorers.some((s) => s.name === 'llm-judge') &&
    !report.flags.some((f) => f.code === 'judge-failed' || f.code === 'judge-disagrees')
  )
}

/** The parts of the total, in the order the report assembles them. */
export function partLines(report: ScoreReport): PartLine[] {
  const weights = report.weights ?? DEFAULT_WEIGHTS
  const criteriaMax = report.criteria.reduce((s, c) => s + c.max, 0)
  const explanation =
    report.explanationScore ??
    (criteriaMax > 0 ? report.criteria.reduce((s, c) => s + c.score, 0) / criteriaMax : 0)
  const { correctness, consistency, collaboration } = report
  const lines: Omit<PartLine, 'share'>[] = [
    { id: 'explanation', label: 'Explanation', fraction: explanation, weight: weights.explanation },
    {
      id: 'correctness',
      label: 'Correctness',
      fraction: correctness.max ? correctness.score / correctness.max : 0,
      weight: weights.correctness,
    },
    consistency.max
      ? {
          id: 'consistency',
          label: 'Consistency',
          fraction: consistency.score / consistency.max,
          weight: weights.consistency,
        }
      : {
          id: 'consistency',
          label: 'Consistency',
          fraction: null,
          weight: weights.consistency,
          reason: consistency.note ?? 'nothing could be checked',
        },
    collaboration.max
      ? {
          id: 'collaboration',
          label: 'AI collaboration',
          fraction: collaboration.score / collaboration.max,
          weight: weights.collaboration,
        }
      : {
          id: 'collaboration',
          label: 'AI collaboration',
          fraction: null,
          weight: weights.collaboration,
          reason: collaboration.note ?? 'the assistant was not used',
        },
  ]
  const assessedWeight = lines.reduce((s, l) => s + (l.fraction === null ? 0 : l.weight), 0)
  return lines.map((l) => ({
    ...l,
    share: l.fraction === null || assessedWeight === 0 ? 0 : l.weight / assessedWeight,
  }))
}

/** "Not assessed: …" reasons read as one clause each: the leading "Not assessed:" is dropped. */
function reasonClause(reason: string): string {
  const trimmed = reason.replace(/^not assessed:\s*/i, '').replace(/\.\s*$/, '')
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
}

/** One line naming the parts that were not assessed and why, or null when every part was. */
export function notAssessedLine(report: ScoreReport): string | null {
  const missing = partLines(report).filter((l) => l.fraction === null)
  if (missing.length === 0) return null
  const parts = missing.map((l) => `${l.label} (${reasonClause(l.reason ?? '')})`)
  return `Not assessed: ${parts.join('; ')}. The total is made of the other parts, re-weighted.`
}

const FLAG_TITLES: Record<string, string> = {
  'empty-explanation': 'Empty explanation',
  'hidden-characters': 'Hidden characters',
  'injected-instructions': 'Instructions to the scorer',
  'keyword-list': 'A list of keywords',
  'repeated-sentences': 'Repeated sentences',
  'copied-from-statement': 'Copied from the statement',
  'copied-from-assistant': "Copied from the assistant's replies",
  'matches-reference': 'Matches the reference explanation',
  'off-topic': 'Off topic',
  'complexity-mismatch': 'Complexity claim does not match the code',
  'slower-than-required': 'Slower than the problem requires',
  'judge-disagrees': 'A mentor will review this score',
  'mentor-review': 'A mentor will review this score',
  'correctness-unavailable': 'Tests could not run',
}

export function flagTitle(code: string): string {
  return FLAG_TITLES[code] ?? code.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

/**
 * The flags a reader should see, in words. A judge that failed changed nothing (the offline score
 * stands), so it is not shown; a disagreement is told without internal codes.
 */
export function visibleFlags(report: ScoreReport): ScoreFlag[] {
  return report.flags
    .filter((f) => f.code !== 'judge-failed')
    .map((f) =>
      f.code === 'judge-disagrees'
        ? {
            code: f.code,
            message:
              'A second scorer disagreed strongly with this score, so it stands as it is and a mentor will look at it.',
          }
        : { code: f.code, message: withoutCodes(f.message) },
    )
}

/** Internal codes such as `judge_malformed_output` never reach a reader (older reports had them). */
function withoutCodes(message: string): string {
  return message.replace(/\bjudge_[a-z_]+:?[ \t]*/g, '')
}

const PERCENT_SIGNALS = new Set([
  'ai-code-share',
  'ai-code-changed',
  'explanation-ownership',
  'verification',
])

/** A collaboration signal's value in words: never a bare `true` or `false`. */
export function signalValue(signal: CollaborationSignal): string {
  const { value } = signal
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number' && PERCENT_SIGNALS.has(signal.id)) return `${value}%`
  return String(value)
}

/**
 * Quoted evidence as plain text: Markdown marks (emphasis, code ticks, headings, list markers,
 * links) are removed, so a quote reads as the sentence, not its markup. Each pattern is linear.
 */
export function plainQuote(text: string): string {
  return text
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/gm, '')
    .replace(/\*\*|__|`+/g, '')
    .replace(/(^|[\s(])[*_](?=\S)/g, '$1')
    .replace(/(\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`
