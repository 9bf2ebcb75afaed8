// Shown for any address the app does not know.
import { Link } from 'react-router'

export function NotFoundPage({
  title = 'Page not found',
  message = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
}: {
  title?: string
  message?: string
}) {
  return (
    <div className="container narrow empty-state">
      <title>{`${title} · Pairwise`}</title>
      <p className="empty-state__code" aria-hidden="true">
        404
      </p>
      <h1>{title}</h1>
      <p className="muted">{message}</p>
      <div className="empty-state__actions">
        <Link className="btn btn--primary" to="/">
          Browse problems
        </Link>
      </div>
    </div>
  )
}
