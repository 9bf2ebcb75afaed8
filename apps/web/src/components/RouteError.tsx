// The last line of defence: shown when a route fails to render or its code fails to load.
import { Link, isRouteErrorResponse, useRouteError } from 'react-router'

export function RouteError() {
  const error = useRouteError()
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : 'The page failed to load. This can happen right after an update.'
  return (
    <main id="main" className="main">
      <div className="container narrow empty-state" role="alert">
        <h1>Something went wrong</h1>
        <p className="muted">{message}</p>
        <div className="empty-state__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => window.location.reload()}
          >
            Reload the page
          </button>
          <Link className="btn btn--ghost" to="/" reloadDocument>
            Go to the catalog
          </Link>
        </div>
      </div>
    </main>
  )
}
