// Where "Start" lands until the workspace (editor, runs, assistant) arrives.
import { Link, useParams } from 'react-router'

export function SessionPlaceholderPage() {
  const { id = '' } = useParams()
  return (
    <div className="container narrow empty-state">
      <title>Session · Pairwise</title>
      <span className="pill pill--accent">Session started</span>
      <h1>The workspace is coming soon</h1>
      <p className="muted">
        Your session is saved. The editor, test runs and the assistant will open here in a later
        release.
      </p>
      <dl className="session-facts">
        <dt>Session id</dt>
        <dd>
          <code data-testid="session-id">{id}</code>
        </dd>
      </dl>
      <div className="empty-state__actions">
        <Link className="btn btn--ghost" to="/">
          Back to problems
        </Link>
      </div>
    </div>
  )
}
