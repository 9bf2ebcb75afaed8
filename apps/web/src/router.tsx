// The route table. The problem page is loaded lazily: it carries Markdown and KaTeX.
import { lazy } from 'react'
import { createBrowserRouter } from 'react-router'
import { AppLayout } from './components/AppLayout.tsx'
import { RouteError } from './components/RouteError.tsx'
import { CatalogPage } from './pages/CatalogPage.tsx'
import { LoginPage } from './pages/LoginPage.tsx'
import { NotFoundPage } from './pages/NotFoundPage.tsx'
import { SessionPlaceholderPage } from './pages/SessionPlaceholderPage.tsx'
import { SignupPage } from './pages/SignupPage.tsx'

const ProblemPage = lazy(() => import('./pages/ProblemPage.tsx'))

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'problems', element: <CatalogPage /> },
      { path: 'problems/:slug', element: <ProblemPage /> },
      { path: 'sessions/:id', element: <SessionPlaceholderPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'signup', element: <SignupPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
