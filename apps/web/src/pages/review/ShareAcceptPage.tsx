// Opening a share link: accept it (which grants review access) and go to the replay.
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { acceptShare } from '../../api.ts'
import { useAuth } from '../../hooks/use-auth.ts'
import { PageLoading } from '../../components/PageLoading.tsx'

export default function ShareAcceptPage() {
  const { token = '' } = useParams()
  const { user } = useAuth()
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!user) return
    let cancelled = false
    acceptShare(token)
      .then((sessionId) => {
        if (!cancelled) navigate(`/review/sessions/${sessionId}`, { replace: true })
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(err instanceof Error ? err.message : 'Could not open the link.')
      })
    return () => {
      cancelled = true
    }
  }, [token, user, navigate])

  if (user === undefined) return <PageLoading />
  if (user === null) {
    const next = encodeURIComponent(`/review/share/${token}`)
    return (
      <div className="container narrow empty-state">
        <h1>A session was shared with you</h1>
        <p className="muted">Log in with your mentor account to review it.</p>
        <Link className="btn btn--primary" to={`/login?next=${next}`}>
          Log in
        </Link>
      </div>
    )
  }
  if (error) {
    return (
      <div className="container narrow empty-state" role="alert">
        <h1>This share link does not work</h1>
        <p className="muted">{error}</p>
        <Link className="btn btn--ghost" to="/review">
          Review queue
        </Link>
      </div>
    )
  }
  return <PageLoading label="Opening the shared session" />
}
