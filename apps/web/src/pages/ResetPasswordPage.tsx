// The page an admin's one-time reset link opens: choose a new password, then log in with it.
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { checkResetLink, resetPassword } from '../api.ts'
import { AuthCard } from '../components/AuthCard.tsx'
import { FormError } from '../components/FormError.tsx'
import { PageLoading } from '../components/PageLoading.tsx'

type State =
  | { status: 'loading' }
  | { status: 'ready'; name: string }
  | { status: 'invalid'; message: string }
  | { status: 'done' }

export default function ResetPasswordPage() {
  const { token = '' } = useParams()
  const [state, setState] = useState<State>({ status: 'loading' })
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    checkResetLink(token, controller.signal)
      .then((user) => setState({ status: 'ready', name: user.name }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        setState({
          status: 'invalid',
          message: err instanceof Error ? err.message : 'This link cannot be used.',
        })
      })
    return () => controller.abort()
  }, [token])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    if (password !== String(form.get('confirm') ?? '')) {
      setError('The two passwords differ.')
      return
    }
    setPending(true)
    try {
      await resetPassword(token, password)
      setState({ status: 'done' })
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not set the password.')
    } finally {
      setPending(false)
    }
  }

  if (state.status === 'loading') return <PageLoading />
  return (
    <AuthCard
      title="Choose a new password"
      subtitle={
        state.status === 'ready'
          ? `For ${state.name}. The link works once.`
          : state.status === 'done'
            ? 'Your password is changed.'
            : 'This link cannot be used.'
      }
      footer={<Link to="/login">Back to log in</Link>}
    >
      <title>Reset password · Pairwise</title>
      {state.status === 'invalid' ? (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      ) : state.status === 'done' ? (
        <p className="notice" role="status">
          Done. Every earlier login of the account was ended.{' '}
          <Link to="/login">Log in with the new password</Link>
        </p>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)}>
          <div className="field">
            <label htmlFor="reset-password">New password</label>
            <input
              id="reset-password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor="reset-confirm">New password again</label>
            <input
              id="reset-confirm"
              name="confirm"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
            />
          </div>
          <FormError message={error} />
          <button type="submit" className="btn btn--primary btn--block" disabled={pending}>
            Set password
          </button>
        </form>
      )}
    </AuthCard>
  )
}
