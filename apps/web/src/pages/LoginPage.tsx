// Log in with email and password, then return to where the user was going.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { logIn } from '../api.ts'
import { AuthCard } from '../components/AuthCard.tsx'
import { FormError } from '../components/FormError.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import { safeNext } from '../lib/safe-next.ts'

export function LoginPage() {
  const { user, setUser } = useAuth()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const next = safeNext(searchParams.get('next'))
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setError(null)
    setPending(true)
    try {
      const signedIn = await logIn({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      })
      setUser(signedIn)
      await navigate(next, { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not log in.')
      setPending(false)
    }
  }

  if (user && !pending) return <Navigate to={next} replace />

  return (
    <AuthCard
      title="Log in to Pairwise"
      subtitle="Pick up your practice where you left it."
      footer={
        <>
          New here?{' '}
          <Link to={`/signup${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>
            Create an account
          </Link>
        </>
      }
    >
      <title>Log in · Pairwise</title>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor="login-email">Email</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <FormError message={error} />
        <button type="submit" className="btn btn--primary btn--block" disabled={pending}>
          Log in
        </button>
      </form>
    </AuthCard>
  )
}
