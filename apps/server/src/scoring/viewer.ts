// What of a score the candidate sees: flags meant for mentors are left out. "matches-reference"
// would tell a candidate which sentences are close to the reference explanation: an oracle.
import type { ScoreReport } from '@pairwise/shared'
import type { TranscriptEvent } from '../transcript/repository.ts'

export const MENTOR_ONLY_FLAGS: ReadonlySet<string> = new Set(['matches-reference'])

/** The report as its owner sees it; reviewers get it whole. */
export function reportForOwner(report: ScoreReport): ScoreReport {
  return { ...report, flags: report.flags.filter((flag) => !MENTOR_ONLY_FLAGS.has(flag.code)) }
}

/** Transcript events as the owner sees them: a score event lists no mentor-only flag. */
export function eventsForOwner(events: TranscriptEvent[]): TranscriptEvent[] {
  return events.map((event) => {
    const flags = event.data.flags
    if (event.type !== 'score' || !Array.isArray(flags)) return event
    return {
      ...event,
      data: { ...event.data, flags: flags.filter((code) => !MENTOR_ONLY_FLAGS.has(String(code))) },
    }
  })
}
