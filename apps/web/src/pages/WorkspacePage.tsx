// /sessions/:id: loads the session and its problem, then opens the workspace.
import { useEffect, useState } from 'react'
import { Link, Navigate, useLocation, useParams } from 'react-router'
import type { PracticeSession, ProblemDetail } from '@pairwise/shared'
import { ApiError, getProblem, getSession } from '../api.ts'
import { LoadError } from '../components/LoadError.tsx'
import { PageLoading } from '../components/PageLoading.tsx'
import { preloadEditor } from '../components/editor/load-editor.ts'
import { Workspace } from '../components/workspace/Workspace.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import { NotFoundPage } from './NotFoundPage.tsx'
import '../styles/problem.css'
import '../styles/workspace.css'
import '../styles/workspace-editor.css'
import '../styles/workspace-panels.css'
import '../styles/workspace-assistant.css'
import '../styles/explanation.css'

type Loaded =
  | { status: 'ready'; key: string; session: PracticeSession; problem: ProblemDetail }
  | { status: 'missing'; key: string }
  | { status: 'error'; key: string; message: string; signedOut: boolean }

export default function WorkspacePage() {
  const { id = '' } = useParams()
  const { user } = useAuth()
  const location = useLocation()
  const [attempt, setAttempt] = useState(0)
  const key = `${id}#${attempt}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (!user) return
    // The editor downloads while the session and its problem load, not after them.
    preloadEditor()
    const controller = new AbortController()
    ;(async () => {
      const session = await getSession(id, controller.signal)
      const problem = await getProblem(session.problemSlug, controller.signal)
      setLoaded({ status: 'ready', key, session, problem })
    })().catch((err: unknown) => {
      if (controller.signal.aborted) return
      if (err instanceof ApiError && err.status === 404)
        return setLoaded({ status: 'missing', key })
      const message = err instanceof Error ? err.message : 'Could not open the session.'
      const signedOut = err instanceof ApiError && err.status === 401
      setLoaded({ status: 'error', key, message, signedOut })
    })
    return () => controller.abort()
  }, [id, key, user])

  if (user === null) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />
  }
  if (user === undefined || loaded?.key !== key) return <PageLoading label="Opening your session" />
  if (loaded.status === 'missing') {
    return (
      <NotFoundPage
        title="Session not found"
        message="This session does not exist, or it belongs to someone else."
      />
    )
  }
  if (loaded.status === 'error') {
    return (
      <LoadError
        title="Session · Pairwise"
        heading="Could not open the session"
        message={`${loaded.message} Anything you typed that had not been saved is kept on this device.`}
        onRetry={() => setAttempt((n) => n + 1)}
        action={
          loaded.signedOut ? (
            <Link
              className="btn btn--primary"
              to={`/login?next=${encodeURIComponent(location.pathname)}`}
            >
              Log in
            </Link>
          ) : undefined
        }
      />
    )
  }
  return (
    <Workspace
      key={loaded.session.id}
      session={loaded.session}
      problem={loaded.problem}
      userId={user.id}
    />
  )
}
