// Create an account, which signs the user in, then return to where they were going.
import { Link, Navigate } from 'react-router'
import { signUp } from '../api.ts'
import { AuthCard } from '../components/AuthCard.tsx'
import { FormError } from '../components/FormError.tsx'
import { useAuthForm } from '../hooks/use-auth-form.ts'

// The server's SignupBody schema (packages/shared/src/user.ts) sets the same minimum.
const MIN_PASSWORD_LENGTH = 10

export function SignupPage() {
  const { signedIn, next, withNext, error, pending, onSubmit } = useAuthForm(
    (form) =>
      signUp({
        name: String(form.get('name') ?? '').trim(),
        email: String(form.get('email') ?? '').trim(),
        password: String(form.get('password') ?? ''),
      }),
    'Could not create the account.',
  )

  if (signedIn) return <Navigate to={next} replace />

  return (
    <AuthCard
      title="Create your account"
      subtitle="Practice ML and ranking problems with an AI pair, and get scored on how you work."
      footer={
        <>
          Already have an account? <Link to={withNext('/login')}>Log in instead</Link>
        </>
      }
    >
      <title>Sign up · Pairwise</title>
      <form className="form" onSubmit={onSubmit}>
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
