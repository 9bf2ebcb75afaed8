// Writes a comment pinned to the selected moment and, when a line was clicked, to that line.
import { useState } from 'react'
import type { Comment } from '@pairwise/shared'
import { addComment } from '../../api.ts'
import { FormError } from '../FormError.tsx'

export function CommentComposer({
  sessionId,
  atSeq,
  momentLabel,
  line,
  onClearLine,
  onAdded,
}: {
  sessionId: string
  atSeq: number | null
  momentLabel: string
  line: number | null
  onClearLine: () => void
  onAdded: (comment: Comment) => void
}) {
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      setError('Write a comment first.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const comment = await addComment(sessionId, {
        body: body.trim(),
        ...(atSeq !== null ? { atSeq } : {}),
        ...(line !== null ? { line } : {}),
      })
      onAdded(comment)
      setBody('')
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not add the comment.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form comment-composer" onSubmit={submit}>
      <div className="field">
        <label htmlFor="comment-body">Comment</label>
        <textarea
          id="comment-body"
          className="textarea"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby="comment-pin"
        />
        <p id="comment-pin" className="field__hint" data-testid="comment-pin">
          Pinned to {momentLabel}
          {line !== null ? `, line ${line}` : ''}.{' '}
          {line === null ? 'Click a line in the code (or press Enter on it) to pin it too.' : null}
        </p>
      </div>
      <FormError message={error} />
      <div className="comment-composer__actions">
        {line !== null ? (
          <button type="button" className="btn btn--ghost btn--sm" onClick={onClearLine}>
            Unpin line
          </button>
        ) : null}
        <button type="submit" className="btn btn--primary btn--sm" disabled={busy}>
          {busy ? 'Adding…' : 'Add comment'}
        </button>
      </div>
    </form>
  )
}
