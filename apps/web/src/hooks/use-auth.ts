// The signed-in user, shared through context by AuthProvider.
import { createContext, useContext } from 'react'
import type { User } from '../api.ts'

export interface AuthState {
  /** undefined while the first GET /api/auth/me is in flight; null when signed out. */
  user: User | null | undefined
  setUser: (user: User | null) => void
  logOut: () => Promise<void>
}

export const AuthContext = createContext<AuthState | null>(null)

export function useAuth(): AuthState {
  const auth = useContext(AuthContext)
  if (!auth) throw new Error('useAuth is used outside AuthProvider')
  return auth
}
