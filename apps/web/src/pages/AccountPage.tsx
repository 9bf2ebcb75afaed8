// "Account": the signed-in user changes their own name, and their password (the current one is
// asked for first).
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { formatMegabytes } from '@pairwise/shared'
import { Navigate } from 'react-router'
import { changeMyPassword, getMyStorage, updateMyName } from '../api.ts'
import { FormError } from '../components/FormError.tsx'
import { PageLoading } from '../components/PageLoading.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import '../styles/admin.css'

export default function AccountPage() {
  const { user, setUser } = useAuth()
  const [nameError, setNameError] = useState<string | null>(null)
  const [nameDone, setNameDone] = useState<string | null>(null)
  const [passwordError, setPasswordError] = useState<string | null>(null)
  const [passwordDone, setPasswordDone] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [storage, setStorage] = useState<{
    usedBytes: number
    quotaBytes: number
    full: boolean
  } | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    getMyStorage(controller.signal).then(setStorage, () => setStorage(null))
    return () => controller.abort()
  }, [user])

  if (user === undefined) return <PageLoading />
  if (user === null) return <Navigate to="/login?next=%2Faccount" replace />

  const onName = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setNameError(null)
    setNameDone(null)
    const form = new FormData(event.currentTarget)
    setPending(true)
    try {
      setUser(await updateMyName(String(form.get('name') ?? '')))
      setNameDone('Saved your name.')
    } catch (err) {
      setNameError(err instanceof Error ? err.message : 'Could not save.')
    } finally {
      setPending(false)
    }
  }

  const onPassword = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setPasswordError(null)
    setPasswordDone(null)
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const newPassword = String(form.get('newPassword') ?? '')
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      setPasswordError('The two new passwords differ.')
      return
    }
    setPending(true)
    try {
      await changeMyPassword({
        currentPassword: String(form.get('currentPassword') ?? ''),
        newPassword,
      })
      formElement.reset()
      setPasswordDone('Changed your password. Your other logins were ended.')
    } catch (err) {
      setPasswordError(err instanceof Error ? err.message : 'Could not change the password.')
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="container narrow account">
      <title>Account · Pairwise</title>
      <header className="page-header">
        <h1>Your account</h1>
        <p className="page-header__lede">
          {user.email} · role: {user.role}. Only an admin can change a role.
        </p>
      </header>
      <section className="admin-card" aria-labelledby="name-heading">
        <h2 id="name-heading" className="section-title">
          Name
        </h2>
        <form className="form" onSubmit={(e) => void onName(e)}>
          <div className="field">
            <label htmlFor="account-name">Name</label>
            <input
              id="account-name"
              name="name"
              defaultValue={user.name}
              required
              maxLength={100}
            />
          </div>
          <FormError message={nameError} />
          <p className="muted" role="status">
            {nameDone}
          </p>
          <button type="submit" className="btn btn--primary" disabled={pending}>
            Save name
          </button>
        </form>
      </section>
      {storage ? (
        <section className="admin-card" aria-labelledby="storage-heading">
          <h2 id="storage-heading" className="section-title">
            Storage
          </h2>
          <p>
            Your sessions store {formatMegabytes(storage.usedBytes)} of{' '}
            {formatMegabytes(storage.quotaBytes)} (runs, code history and assistant conversations).
          </p>
          <meter
            aria-label="Storage used"
            min={0}
            max={storage.quotaBytes}
            value={Math.min(storage.usedBytes, storage.quotaBytes)}
            high={storage.quotaBytes * 0.9}
          />
          {storage.full ? (
            <p className="notice" role="status">
              The quota is used: new runs and sessions are refused, and your code is still saved.
              Ask an admin to raise it.
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="admin-card" aria-labelledby="password-heading">
        <h2 id="password-heading" className="section-title">
          Password
        </h2>
        <form className="form" onSubmit={(e) => void onPassword(e)}>
          <div className="field">
            <label htmlFor="current-password">Current password</label>
            <input
              id="current-password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
            />
          </div>
          <div className="field">
            <label htmlFor="new-password">New password</label>
            <input
              id="new-password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="confirm-password">New password again</label>
            <input
              id="confirm-password"
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
            />
          </div>
          <FormError message={passwordError} />
          <p className="muted" role="status">
            {passwordDone}
          </p>
          <button type="submit" className="btn btn--primary" disabled={pending}>
            Change password
          </button>
        </form>
      </section>
    </div>
  )
}
