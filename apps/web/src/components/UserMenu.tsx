// The account menu in the header: who is signed in, and Log out.
import { useEffect, useId, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { User } from '../api.ts'
import { useAuth } from '../hooks/use-auth.ts'

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]]
  return letters
    .map((part) => part?.[0] ?? '')
    .join('')
    .toUpperCase()
}

export function UserMenu({ user }: { user: User }) {
  const { logOut } = useAuth()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  const onLogOut = async () => {
    setError(null)
    try {
      await logOut()
      setOpen(false)
      await navigate('/')
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not log out.')
    }
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__trigger"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Account: ${user.name}`}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.name) || '?'}
        </span>
        <span className="user-menu__name">{user.name}</span>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <div id={menuId} className="user-menu__panel" hidden={!open}>
        <div className="user-menu__who">
          <span className="user-menu__who-name">{user.name}</span>
          <span className="user-menu__who-email">{user.email}</span>
          <span className="user-menu__role">{user.role}</span>
        </div>
        <Link className="user-menu__item" to="/account" onClick={() => setOpen(false)}>
          Account
        </Link>
        <button type="button" className="user-menu__item" onClick={() => void onLogOut()}>
          Log out
        </button>
        <p className="user-menu__error" role="alert" aria-live="assertive">
          {error}
        </p>
      </div>
    </div>
  )
}
