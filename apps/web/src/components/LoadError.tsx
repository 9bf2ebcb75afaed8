// Shown in place of a page whose data failed to load: what failed, why, and a way to try again.
import type { ReactNode } from 'react'

export function LoadError({
  title,
  heading,
  message,
  onRetry,
  action,
}: {
  /** The document title. */
  title: string
  heading: string
  message: string
  onRetry: () => void
  /** Replaces the "Try again" button when retrying cannot help. */
  action?: ReactNode
}) {
  return (
    <div className="container narrow empty-state">
      <title>{title}</title>
      <h1>{heading}</h1>
      <p className="muted" role="alert">
        {message}
      </p>
      <div className="empty-state__actions">
        {action ?? (
          <button type="button" className="btn btn--primary" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  )
}
