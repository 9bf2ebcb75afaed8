// The candidate's inbox: mentors' comments and overrides on their sessions.
import type { FeedbackItem } from '@pairwise/shared'
import { fetchJson } from './client.ts'

export async function getFeedback(
  signal?: AbortSignal,
): Promise<{ items: FeedbackItem[]; unread: number }> {
  return fetchJson('/api/feedback', { signal })
}

export async function getUnreadFeedback(signal?: AbortSignal): Promise<number> {
  const { unread } = await fetchJson<{ unread: number }>('/api/feedback/unread', { signal })
  return unread
}

/** Marks items read (by id, or all of one session) and tells the nav badge to look again. */
export async function markFeedbackRead(which: {
  ids?: string[]
  sessionId?: string
}): Promise<number> {
  const { unread } = await fetchJson<{ unread: number }>('/api/feedback/read', {
    method: 'POST',
    body: JSON.stringify(which),
  })
  window.dispatchEvent(new CustomEvent(FEEDBACK_READ_EVENT, { detail: unread }))
  return unread
}

/** Fired on window with the new unread count whenever feedback is marked read. */
export const FEEDBACK_READ_EVENT = 'pairwise:feedback-read'
