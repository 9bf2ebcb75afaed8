// The site header: product name, main navigation, theme toggle and the account menu.
import { Link, useLocation } from 'react-router'
import { useAuth } from '../hooks/use-auth.ts'
import { useUnreadFeedback } from '../hooks/use-unread-feedback.ts'
import '../styles/feedback.css'
import { Logo } from './Logo.tsx'
import { ThemeToggle } from './ThemeToggle.tsx'
import { UserMenu } from './UserMenu.tsx'

export function Header() {
  const { user } = useAuth()
  const location = useLocation()
  const onCatalog = location.pathname === '/' || location.pathname.startsWith('/problems')
  const onPractice = location.pathname === '/practice'
  const path = location.pathname
  const unread = useUnreadFeedback(Boolean(user))
  const navLink = (to: string, active: boolean, label: string) => (
    <Link
      to={to}
      className={active ? 'site-nav__link is-active' : 'site-nav__link'}
      aria-current={active ? 'page' : undefined}
    >
      {label}
    </Link>
  )
  const reviews = user && user.role !== 'candidate'
  const authors = user && (user.role === 'instructor' || user.role === 'admin')
  const next = encodeURIComponent(location.pathname + location.search)
  const onAuthPage = location.pathname === '/login' || location.pathname === '/signup'

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand" aria-label="Pairwise home">
          <Logo />
          <span className="brand__name">Pairwise</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <Link
            to="/"
            className={onCatalog ? 'site-nav__link is-active' : 'site-nav__link'}
            aria-current={onCatalog ? 'page' : undefined}
          >
            Problems
          </Link>
          {user ? (
            <Link
              to="/practice"
              className={onPractice ? 'site-nav__link is-active' : 'site-nav__link'}
              aria-current={onPractice ? 'page' : undefined}
            >
              My practice
            </Link>
          ) : null}
          {user ? navLink('/sets', path.startsWith('/sets'), 'Problem sets') : null}
          {user ? (
            <Link
              to="/inbox"
              className={path === '/inbox' ? 'site-nav__link is-active' : 'site-nav__link'}
              aria-current={path === '/inbox' ? 'page' : undefined}
              aria-label={unread > 0 ? `Inbox, ${unread} unread` : 'Inbox'}
            >
              Inbox
              {unread > 0 ? (
                <span className="nav-badge" data-testid="inbox-badge" aria-hidden="true">
                  {unread > 99 ? '99+' : unread}
                </span>
              ) : null}
            </Link>
          ) : null}
          {reviews
            ? navLink(
                '/review',
                path.startsWith('/review') && !path.startsWith('/review/calibration'),
                'Review',
              )
            : null}
          {authors
            ? navLink('/review/calibration', path === '/review/calibration', 'Calibration')
            : null}
          {authors ? navLink('/author', path.startsWith('/author'), 'Author') : null}
          {user?.role === 'admin'
            ? navLink('/admin/users', path.startsWith('/admin'), 'Users')
            : null}
        </nav>
        <div className="site-header__actions">
          <ThemeToggle />
          {user === undefined ? (
            <span className="account-placeholder" aria-hidden="true" />
          ) : user ? (
            <UserMenu user={user} />
          ) : (
            <div className="auth-links">
              <Link
                className="btn btn--ghost btn--sm"
                to={onAuthPage ? '/login' : `/login?next=${next}`}
              >
                Log in
              </Link>
              <Link
                className="btn btn--primary btn--sm auth-links__signup"
                to={onAuthPage ? '/signup' : `/signup?next=${next}`}
              >
                Sign up
              </Link>
            </div>
          )}
        </div>
      </div>
    </header>
  )
}
