// The route table. Heavier pages (Markdown, KaTeX, the editor, charts) are loaded lazily.
import { lazy } from 'react'
import { createBrowserRouter } from 'react-router'
import { AppLayout } from './components/AppLayout.tsx'
import { RouteError } from './components/RouteError.tsx'
import { CatalogPage } from './pages/CatalogPage.tsx'
import { LoginPage } from './pages/LoginPage.tsx'
import { NotFoundPage } from './pages/NotFoundPage.tsx'
import { SignupPage } from './pages/SignupPage.tsx'

const ProblemPage = lazy(() => import('./pages/ProblemPage.tsx'))
// The workspace carries Monaco (loaded further on demand), so only it pays for the editor.
const WorkspacePage = lazy(() => import('./pages/WorkspacePage.tsx'))
const PracticePage = lazy(() => import('./pages/PracticePage.tsx'))

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'problems', element: <CatalogPage /> },
      { path: 'problems/:slug', element: <ProblemPage /> },
      { path: 'sessions/:id', element: <WorkspacePage /> },
      { path: 'practice', element: <PracticePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'signup', element: <SignupPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
