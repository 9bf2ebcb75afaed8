// How My practice orders sessions; the page says the order it uses, and this is that order.
import type { PracticeSession } from '@pairwise/shared'

export type PracticeSort = 'updated' | 'started'

export const PRACTICE_SORT_LABELS: Record<PracticeSort, string> = {
  updated: 'Last worked on',
  started: 'Started',
}

/** Newest first by the chosen time; ties broken by id so the order is stable. */
export function sortSessions(sessions: PracticeSession[], by: PracticeSort): PracticeSession[] {
  const key = (s: PracticeSession) => (by === 'updated' ? s.updatedAt : s.createdAt)
  return [...sessions].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id))
}
