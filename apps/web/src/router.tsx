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
const SetsPage = lazy(() => import('./pages/sets/SetsPage.tsx'))
const SetPage = lazy(() => import('./pages/sets/SetPage.tsx'))
const AccountPage = lazy(() => import('./pages/AccountPage.tsx'))
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage.tsx'))
const AdminUsersPage = lazy(() => import('./pages/admin/AdminUsersPage.tsx'))
const InboxPage = lazy(() => import('./pages/InboxPage.tsx'))
// Mentor and instructor pages.
const ReviewQueuePage = lazy(() => import('./pages/review/ReviewQueuePage.tsx'))
const ReplayPage = lazy(() => import('./pages/review/ReplayPage.tsx'))
const ShareAcceptPage = lazy(() => import('./pages/review/ShareAcceptPage.tsx'))
const CalibrationPage = lazy(() => import('./pages/review/CalibrationPage.tsx'))
const AuthorHomePage = lazy(() => import('./pages/author/AuthorHomePage.tsx'))
const ProblemEditorPage = lazy(() => import('./pages/author/ProblemEditorPage.tsx'))
const PostingPage = lazy(() => import('./pages/author/PostingPage.tsx'))

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
      { path: 'sets', element: <SetsPage /> },
      { path: 'sets/:id', element: <SetPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'reset-password/:token', element: <ResetPasswordPage /> },
      { path: 'admin/users', element: <AdminUsersPage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'review', element: <ReviewQueuePage /> },
      { path: 'review/sessions/:id', element: <ReplayPage /> },
      { path: 'review/share/:token', element: <ShareAcceptPage /> },
      { path: 'review/calibration', element: <CalibrationPage /> },
      { path: 'author', element: <AuthorHomePage /> },
      { path: 'author/problems/new', element: <ProblemEditorPage /> },
      { path: 'author/problems/:slug', element: <ProblemEditorPage /> },
      { path: 'author/postings/new', element: <PostingPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'signup', element: <SignupPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
