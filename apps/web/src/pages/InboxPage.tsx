// /inbox: mentors' comments and score overrides on the candidate's sessions, newest first. What
// the page shows is marked read, which clears the badge in the navigation.
import { useEffect, useState } from 'react'
import { Link, Navigate } from 'react-router'
import type { FeedbackItem } from '@pairwise/shared'
import { getFeedback, markFeedbackRead } from '../api.ts'
import { PageLoading } from '../components/PageLoading.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import '../styles/feedback.css'

type Loaded = { status: 'ready'; items: FeedbackItem[] } | { status: 'error'; message: string }

/** Where an item is best seen: a comment at its moment in the replay, an override in the replay. */
function linkFor(item: FeedbackItem): string {
  const base = `/review/sessions/${encodeURIComponent(item.sessionId)}`
  return item.kind === 'comment' && typeof item.atSeq === 'number'
    ? `${base}?at=${item.atSeq}`
    : base
}

export default function InboxPage() {
  const { user } = useAuth()
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    getFeedback(controller.signal)
      .then(({ items }) => {
        setLoaded({ status: 'ready', items })
        const unread = items.filter((i) => !i.read).map((i) => i.id)
        // Shown, so seen; the items keep their "new" mark until the next visit.
        if (unread.length > 0) void markFeedbackRead({ ids: unread }).catch(() => undefined)
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        setLoaded({
          status: 'error',
          message: err instanceof Error ? err.message : 'Could not load.',
        })
      })
    return () => controller.abort()
  }, [user])

  if (user === null) return <Navigate to="/login?next=%2Finbox" replace />
  if (!loaded) return <PageLoading label="Loading your inbox" />

  return (
    <div className="container inbox">
      <title>Inbox · Pairwise</title>
      <header className="page-header">
        <h1>Inbox</h1>
        <p className="page-header__lede">
          What mentors said about your sessions: comments, and scores they changed.
        </p>
      </header>
      {loaded.status === 'error' ? (
        <p className="notice notice--error" role="alert">
          {loaded.message}
        </p>
      ) : loaded.items.length === 0 ? (
        <div className="empty-state empty-state--inline">
          <h2>Nothing yet</h2>
          <p className="muted">
            When a mentor comments on one of your sessions or changes its score, it shows up here.
          </p>
        </div>
      ) : (
        <ol className="inbox__list">
          {loaded.items.map((item) => (
            <li
              key={item.id}
              className={item.read ? 'inbox__item' : 'inbox__item is-unread'}
              data-testid="inbox-item"
            >
              <p className="inbox__meta">
                {item.read ? null : <span className="pill pill--accent">new</span>}{' '}
                <strong>{item.author.name}</strong>{' '}
                {item.kind === 'override'
                  ? `changed your score on ${item.problemTitle} from ${Math.round(item.automaticTotal ?? 0)} to ${Math.round(item.total ?? 0)}`
                  : `commented on ${item.problemTitle}${typeof item.line === 'number' ? `, line ${item.line}` : ''}`}{' '}
                · <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time>
              </p>
              <p className="inbox__body">{item.body}</p>
              <p className="inbox__meta">
                <Link to={linkFor(item)}>Open in the replay</Link> ·{' '}
                <Link to={`/sessions/${encodeURIComponent(item.sessionId)}`}>Open the session</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
