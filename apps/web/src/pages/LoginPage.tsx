// Log in with email and password, then return to where the user was going.
import { Link, Navigate } from 'react-router'
import { logIn } from '../api.ts'
import { AuthCard } from '../components/AuthCard.tsx'
import { FormError } from '../components/FormError.tsx'
import { useAuthForm } from '../hooks/use-auth-form.ts'

export function LoginPage() {
  const { signedIn, next, withNext, error, pending, onSubmit } = useAuthForm(
    (form) =>
      logIn({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      }),
    'Could not log in.',
  )

  if (signedIn) return <Navigate to={next} replace />

  return (
    <AuthCard
      title="Log in to Pairwise"
      subtitle="Pick up your practice where you left it."
      footer={
        <>
          New here? <Link to={withNext('/signup')}>Create an account</Link>. Forgot your password?
          Ask an admin for a reset link.
        </>
      }
    >
      <title>Log in · Pairwise</title>
      <form className="form" onSubmit={onSubmit}>
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
