// A list of mentor comments: who, when, the moment and line they are pinned to, and the text.
// A comment on a line is shown with that line as it was at its moment, not as the code is now.
import type { Comment } from '@pairwise/shared'

/** The pinned line with one line either side, from the code of the comment's moment. */
export function excerptAt(code: string, line: number): { number: number; text: string }[] {
  const lines = code.split('\n')
  const from = Math.max(1, line - 1)
  const to = Math.min(lines.length, line + 1)
  const out: { number: number; text: string }[] = []
  for (let n = from; n <= to; n++) out.push({ number: n, text: lines[n - 1] ?? '' })
  return out
}

function PinnedCode({ code, line }: { code: string; line: number }) {
  const excerpt = excerptAt(code, line)
  if (excerpt.length === 0) return null
  return (
    <pre className="comment__code" aria-label={`Line ${line} at that moment`}>
      {excerpt.map((l) => (
        <span
          key={l.number}
          className={l.number === line ? 'comment__line is-pinned' : 'comment__line'}
        >
          <span className="comment__lineno">{l.number}</span>
          {l.text}
          {'\n'}
        </span>
      ))}
    </pre>
  )
}

export function CommentItems({
  comments,
  onShowMoment,
  codeAt,
}: {
  comments: Comment[]
  /** When given, each comment pinned to a moment offers a button that goes to it. */
  onShowMoment?: (seq: number, line: number | null) => void
  /** The code as it was at a moment (by seq), to show a pinned line against it. */
  codeAt?: (seq: number) => string | null
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
                onClick={() => onShowMoment(c.atSeq ?? 0, c.line)}
              >
                Show moment
              </button>
            ) : null}
          </div>
          {c.line !== null && c.atSeq !== null && codeAt ? (
            <PinnedCode code={codeAt(c.atSeq) ?? ''} line={c.line} />
          ) : null}
          <p className="comment__body">{c.body}</p>
        </li>
      ))}
    </ul>
  )
}
