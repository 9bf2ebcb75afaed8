// A list of mentor comments: who, when, the moment and line they are pinned to, and the text.
import type { Comment } from '@pairwise/shared'

export function CommentItems({
  comments,
  onShowMoment,
}: {
  comments: Comment[]
  /** When given, each comment pinned to a moment offers a button that goes to it. */
  onShowMoment?: (seq: number) => void
}) {
  return (
    <ul className="comment-list">
      {comments.map((c) => (
        <li key={c.id} className="comment" data-testid="mentor-comment">
          <div className="comment__meta">
            <strong>{c.author.name}</strong>
            <span>{new Date(c.createdAt).toLocaleString()}</span>
            {c.atSeq !== null ? <span className="pill pill--muted">moment #{c.atSeq}</span> : null}
            {c.line !== null ? <span className="pill pill--muted">line {c.line}</span> : null}
            {onShowMoment && c.atSeq !== null ? (
              <button
                type="button"
                className="btn btn--ghost btn--sm comment__go"
                onClick={() => onShowMoment(c.atSeq ?? 0)}
              >
                Show moment
              </button>
            ) : null}
          </div>
          <p className="comment__body">{c.body}</p>
        </li>
      ))}
    </ul>
  )
}
