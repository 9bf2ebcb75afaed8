// Read-only "Mentor comments" for the candidate's own session: what mentors pinned where.
import { useEffect, useState } from 'react'
import type { Comment } from '@pairwise/shared'
import { getTranscript, listComments, markFeedbackRead } from '../../api.ts'
import { CommentItems } from './CommentItems.tsx'
import { buildMoments } from './replay-model.ts'
import '../../styles/review.css'

export function CommentList({
  sessionId,
  onShowMoment,
  markRead = false,
}: {
  sessionId: string
  /** The candidate's own view: comments shown here are seen, as an override on the card is. */
  markRead?: boolean
  /** Where a replay is at hand, each comment pinned to a moment can jump to it. */
  onShowMoment?: (seq: number, line: number | null) => void
}) {
  const [comments, setComments] = useState<Comment[] | null>(null)
  const [codeBySeq, setCodeBySeq] = useState<Map<number, string> | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    listComments(sessionId, controller.signal)
      .then(async (list) => {
        setComments(list)
        if (markRead && list.length > 0) {
          void markFeedbackRead({ ids: list.map((c) => c.id) }).catch(() => null)
        }
        // Lines are pinned in the code of their moment; fetch it only when a comment has one.
        if (!list.some((c) => c.line !== null && c.atSeq !== null)) return
        const { events } = await getTranscript(sessionId, controller.signal)
        setCodeBySeq(new Map(buildMoments(events).map((m) => [m.event.seq, m.code])))
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setError(err instanceof Error ? err.message : 'Could not load the comments.')
        }
      })
    return () => controller.abort()
  }, [sessionId, markRead])

  return (
    <section className="mentor-comments" aria-labelledby="mentor-comments-title">
      <h2 id="mentor-comments-title" className="section-title">
        Mentor comments
      </h2>
      {error ? (
        <p className="notice notice--error">{error}</p>
      ) : comments === null ? (
        <p className="muted">Loading comments…</p>
      ) : comments.length === 0 ? (
        <p className="muted">No mentor has commented on this session yet.</p>
      ) : (
        <CommentItems
          comments={comments}
          {...(onShowMoment ? { onShowMoment } : {})}
          {...(codeBySeq ? { codeAt: (seq: number) => codeBySeq.get(seq) ?? null } : {})}
        />
      )}
    </section>
  )
}
