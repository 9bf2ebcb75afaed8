// "Users" (admins): search accounts, change a role, deactivate or reactivate, hand out a one-time
// password-reset link; below, the audit log of every such change.
import { useCallback, useEffect, useState } from 'react'
import { ROLES } from '@pairwise/shared'
import type { AccountView, Role } from '@pairwise/shared'
import {
  issueResetLink,
  listAccounts,
  listAudit,
  setAccountActive,
  setAccountRole,
} from '../../api.ts'
import type { AuditEntry } from '../../api.ts'
import { FormError } from '../../components/FormError.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import { useAuth } from '../../hooks/use-auth.ts'
import { ROLE_WITH_ARTICLE } from '../../lib/labels.ts'
import { ModelNotices } from './ModelNotices.tsx'
import '../../styles/admin.css'

export default function AdminUsersPage() {
  return (
    <RequireRole roles={['admin']} what="the users page">
      <UsersAdmin />
    </RequireRole>
  )
}

function describe(entry: AuditEntry): string {
  const d = entry.detail
  switch (entry.action) {
    case 'role':
      return `role ${String(d.from)} → ${String(d.to)}`
    case 'deactivate':
      return 'deactivated'
    case 'reactivate':
      return 'reactivated'
    case 'reset_link':
      return 'reset link issued'
    case 'password_reset':
      return 'password reset through a link'
    case 'profile':
      return d.password ? 'changed own password' : 'changed own name'
  }
}

function UsersAdmin() {
  const { user: me } = useAuth()
  const [q, setQ] = useState('')
  const [users, setUsers] = useState<AccountView[] | null>(null)
  const [audit, setAudit] = useState<AuditEntry[]>([])
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [resetLink, setResetLink] = useState<{
    email: string
    url: string
    expiresAt: string
  } | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    // A short pause so typing a search does not send a request per key.
    const timer = setTimeout(() => {
      Promise.all([listAccounts(q, controller.signal), listAudit(controller.signal)])
        .then(([u, a]) => {
          setUsers(u)
          setAudit(a)
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
        })
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, reload])

  const act = useCallback(async (what: () => Promise<string>) => {
    setError(null)
    setStatus(null)
    try {
      setStatus(await what())
      setReload((n) => n + 1)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }, [])

  const changeRole = (u: AccountView, role: Role) =>
    act(async () => {
      await setAccountRole(u.id, role)
      return `${u.name} is now ${ROLE_WITH_ARTICLE[role]}.`
    })
  const toggleActive = (u: AccountView) =>
    act(async () => {
      const active = u.deactivatedAt !== null
      await setAccountActive(u.id, active)
      return active ? `Reactivated ${u.name}.` : `Deactivated ${u.name}; their logins were ended.`
    })
  const makeResetLink = (u: AccountView) =>
    act(async () => {
      const issued = await issueResetLink(u.id)
      setResetLink({
        email: u.email,
        url: new URL(issued.path, window.location.origin).toString(),
        expiresAt: issued.expiresAt,
      })
      return `Made a reset link for ${u.name}.`
    })

  return (
    <div className="container admin">
      <title>Users · Pairwise</title>
      <header className="page-header">
        <h1>Users</h1>
        <p className="page-header__lede">
          Change roles, deactivate accounts and hand out password-reset links. Every change is
          logged below. The last admin cannot be demoted or deactivated.
        </p>
      </header>
      <div className="field admin__search">
        <label htmlFor="user-search">Search users</label>
        <input
          id="user-search"
          type="search"
          value={q}
          maxLength={200}
          placeholder="Name or email"
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <FormError message={error} />
      <p className="muted" role="status">
        {status}
      </p>
      {resetLink ? (
        <div className="notice admin__reset" role="region" aria-label="Reset link">
          <p>
            One-time reset link for <strong>{resetLink.email}</strong>, valid until{' '}
            {new Date(resetLink.expiresAt).toLocaleString()}. Hand it over yourself; Pairwise sends
            no email, and this page will not show it again.
          </p>
          <input
            className="admin__reset-url"
            readOnly
            value={resetLink.url}
            aria-label="Reset link URL"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => void navigator.clipboard?.writeText(resetLink.url)}
          >
            Copy
          </button>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="sessions-table admin-table">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users?.map((u) => (
              <tr key={u.id} aria-label={u.email}>
                <th scope="row">
                  <span className="admin-table__name">{u.name}</span>
                  <span className="admin-table__email">{u.email}</span>
                </th>
                <td>
                  <select
                    aria-label={`Role of ${u.email}`}
                    value={u.role}
                    disabled={u.id === me?.id}
                    title={u.id === me?.id ? 'Another admin changes your role.' : undefined}
                    onChange={(e) => void changeRole(u, e.target.value as Role)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {u.deactivatedAt ? (
                    <span className="pill pill--warn">deactivated</span>
                  ) : (
                    <span className="pill pill--good">active</span>
                  )}
                </td>
                <td className="admin-table__action-cell">
                  {u.id === me?.id ? (
                    <span className="muted">you</span>
                  ) : (
                    <div className="admin-table__actions">
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => void toggleActive(u)}
                      >
                        {u.deactivatedAt ? 'Reactivate' : 'Deactivate'}
                      </button>
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => void makeResetLink(u)}
                      >
                        Reset link
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {users?.length === 0 ? <p className="muted">No user matches “{q}”.</p> : null}
      </div>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="section-title">
          Audit log
        </h2>
        {audit.length === 0 ? (
          <p className="muted">No account changes yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="sessions-table" aria-labelledby="audit-heading">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Account</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleString()}</time>
                    </td>
                    <td>{e.actor ? e.actor.name : 'command line'}</td>
                    <td>{e.user.email}</td>
                    <td>{describe(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ModelNotices />
    </div>
  )
}
