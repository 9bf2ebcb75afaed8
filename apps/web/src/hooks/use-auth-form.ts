// The submit handling the log-in and sign-up forms share: pending and error state, then sign the
// user in and go on to the safe `next` address from the query string.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { User } from '../api.ts'
import { safeNext } from '../lib/safe-next.ts'
import { useAuth } from './use-auth.ts'

export function useAuthForm(submit: (form: FormData) => Promise<User>, failure: string) {
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
      setUser(await submit(form))
      await navigate(next, { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err.message : failure)
      setPending(false)
    }
  }

  return {
    /** Already signed in (and not mid-submit): the page redirects to `next` instead. */
    signedIn: Boolean(user) && !pending,
    next,
    /** `path` carrying `next` along, for the link to the other auth page. */
    withNext: (path: string) => (next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`),
    error,
    pending,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
  }
}
