// One problem: statement, visible tests, starter code, and the panel that starts a session.
import { useEffect, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { Language, ProblemDetail } from '@pairwise/shared'
import { ApiError, getProblem } from '../api.ts'
import { AreaTags } from '../components/AreaTags.tsx'
import { DifficultyBadge } from '../components/DifficultyBadge.tsx'
import { LoadError } from '../components/LoadError.tsx'
import { PageLoading } from '../components/PageLoading.tsx'
import { StartPanel } from '../components/problem/StartPanel.tsx'
import { StarterCode } from '../components/problem/StarterCode.tsx'
import { statementForLanguage } from '../lib/statement-names.ts'
import { Statement } from '../components/problem/Statement.tsx'
import { VisibleTests } from '../components/problem/VisibleTests.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'
import '../styles/problem.css'

// Keyed by slug and retry count: an answer for another key means this one is still loading.
type Loaded =
  | { status: 'ready'; key: string; problem: ProblemDetail }
  | { status: 'missing'; key: string }
  | { status: 'error'; key: string; message: string }

export default function ProblemPage() {
  const { slug = '' } = useParams()
  const [searchParams, setSearchParams] = useSearchParams()
  const [attempt, setAttempt] = useState(0)
  const key = `${slug}#${attempt}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    getProblem(slug, controller.signal)
      .then((problem) => setLoaded({ status: 'ready', key, problem }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        if (err instanceof ApiError && err.status === 404) setLoaded({ status: 'missing', key })
        else {
          const message = err instanceof Error ? err.message : 'Could not load the problem.'
          setLoaded({ status: 'error', key, message })
        }
      })
    return () => controller.abort()
  }, [slug, key])

  if (loaded?.key !== key) return <PageLoading label="Loading problem" />
  if (loaded.status === 'missing') {
    return (
      <NotFoundPage
        title="Problem not found"
        message={`There is no problem called “${slug}”. It may have been renamed or removed.`}
      />
    )
  }
  if (loaded.status === 'error') {
    return (
      <LoadError
        title="Problem · Pairwise"
        heading="Could not load the problem"
        message={loaded.message}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    )
  }

  const { problem } = loaded
  const requested = searchParams.get('language')
  const language: Language =
    problem.languages.find((option) => option === requested) ?? problem.languages[0] ?? 'python'
  const chooseLanguage = (next: Language) => {
    const params = new URLSearchParams(searchParams)
    params.set('language', next)
    // flushSync: the radio is controlled by the URL, and must not flick back meanwhile.
    setSearchParams(params, { replace: true, flushSync: true })
  }

  return (
    <div className="container problem">
      <title>{`${problem.title} · Pairwise`}</title>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to="/">Problems</Link>
          </li>
          <li aria-current="page">{problem.title}</li>
        </ol>
      </nav>
      <header className="problem__header">
        <h1 className="problem__title">{problem.title}</h1>
        <div className="problem__meta">
          <DifficultyBadge difficulty={problem.difficulty} />
          <AreaTags areas={problem.areas} />
        </div>
      </header>
      <div className="problem__layout">
        <aside className="problem__aside" aria-label="Start a session">
          <StartPanel problem={problem} language={language} onLanguageChange={chooseLanguage} />
        </aside>
        <div className="problem__main">
          <section aria-labelledby="statement-heading" className="problem__section">
            <h2 id="statement-heading" className="visually-hidden">
              Statement
            </h2>
            <Statement
              markdown={statementForLanguage(problem.statement, problem.functionNames, language)}
            />
          </section>
          <section aria-labelledby="tests-heading" className="problem__section">
            <h2 id="tests-heading" className="section-title">
              Examples
            </h2>
            <VisibleTests cases={problem.visibleTests} language={language} />
          </section>
          <section aria-labelledby="starter-heading" className="problem__section">
            <h2 id="starter-heading" className="section-title">
              Starter code
            </h2>
            <StarterCode code={problem.starter[language]} language={language} />
          </section>
        </div>
      </div>
    </div>
  )
}
