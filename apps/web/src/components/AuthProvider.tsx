// Loads who is signed in once, and shares it with every page.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { fetchMe, logOut as requestLogOut } from '../api.ts'
import type { User } from '../api.ts'
import { AuthContext } from '../hooks/use-auth.ts'
import type { AuthState } from '../hooks/use-auth.ts'

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined)

  useEffect(() => {
    const controller = new AbortController()
    fetchMe(controller.signal)
      .then(setUser)
      .catch((err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') return
        // The catalog still works signed out; a failed check must not block the app.
        setUser(null)
      })
    return () => controller.abort()
  }, [])

  const logOut = useCallback(async () => {
    await requestLogOut()
    setUser(null)
  }, [])

  const value = useMemo<AuthState>(() => ({ user, setUser, logOut }), [user, logOut])
  return <AuthContext value={value}>{children}</AuthContext>
}
