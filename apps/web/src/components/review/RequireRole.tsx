// Shows its children only to the given roles (admins always pass); others get a clear message.
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { Role } from '@pairwise/shared'
import { useAuth } from '../../hooks/use-auth.ts'
import { PageLoading } from '../PageLoading.tsx'

export function RequireRole({
  roles,
  what,
  children,
}: {
  roles: Role[]
  /** What the page is, for the message: "the review queue". */
  what: string
  children: ReactNode
}) {
  const { user } = useAuth()
  const location = useLocation()
  if (user === undefined) return <PageLoading />
  if (user === null) {
    const next = encodeURIComponent(location.pathname + location.search)
    return (
      <div className="container narrow empty-state">
        <h1>Log in to see {what}</h1>
        <Link className="btn btn--primary" to={`/login?next=${next}`}>
          Log in
        </Link>
      </div>
    )
  }
  if (user.role !== 'admin' && !roles.includes(user.role)) {
    return (
      <div className="container narrow empty-state" role="alert">
        <h1>Not available to your account</h1>
        <p className="muted">
          {what[0]?.toUpperCase()}
          {what.slice(1)} is for {roles.join(' and ')} accounts. An admin can change your role.
        </p>
      </div>
    )
  }
  return <>{children}</>
}
