// Create an account, which signs the user in, then return to where they were going.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { signUp } from '../api.ts'
import { AuthCard } from '../components/AuthCard.tsx'
import { FormError } from '../components/FormError.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import { safeNext } from '../lib/safe-next.ts'

// The server's SignupBody schema (packages/shared/src/user.ts) sets the same minimum.
const MIN_PASSWORD_LENGTH = 10

export function SignupPage() {
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
      const created = await signUp({
        name: String(form.get('name') ?? '').trim(),
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      })
      setUser(created)
      await navigate(next, { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not create the account.')
      setPending(false)
    }
  }

  if (user && !pending) return <Navigate to={next} replace />

  return (
    <AuthCard
      title="Create your account"
      subtitle="Practice ML and ranking problems with an AI pair, and get scored on how you work."
      footer={
        <>
          Already have an account?{' '}
          <Link to={`/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>
            Log in instead
          </Link>
        </>
      }
    >
      <title>Sign up · Pairwise</title>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor="signup-name">Name</label>
          <input id="signup-name" name="name" type="text" autoComplete="name" required autoFocus />
        </div>
        <div className="field">
          <label htmlFor="signup-email">Email</label>
          <input id="signup-email" name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor="signup-password">Password</label>
          <input
            id="signup-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            aria-describedby="signup-password-hint"
            required
          />
          <p id="signup-password-hint" className="field__hint">
            At least {MIN_PASSWORD_LENGTH} characters.
          </p>
        </div>
        <FormError message={error} />
        <button type="submit" className="btn btn--primary btn--block" disabled={pending}>
          Sign up
        </button>
      </form>
    </AuthCard>
  )
}
