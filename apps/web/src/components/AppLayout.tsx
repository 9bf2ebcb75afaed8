// The frame around every page: skip link, header, main landmark and footer.
import { Suspense } from 'react'
import { Outlet, ScrollRestoration } from 'react-router'
import { AuthProvider } from './AuthProvider.tsx'
import { Header } from './Header.tsx'
import { PageLoading } from './PageLoading.tsx'

export function AppLayout() {
  return (
    <AuthProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <span>Pairwise: practice ML and ranking interviews with an AI assistant.</span>
          <span className="site-footer__muted">Self-hosted</span>
        </div>
      </footer>
      <ScrollRestoration />
    </AuthProvider>
  )
}
