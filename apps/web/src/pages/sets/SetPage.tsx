// One problem set as a candidate works through it: the problems in order with the candidate's
// progress, the set's assistant policy and score weights, Start / Continue, and the summary.
import { useEffect, useState } from 'react'
import { Link, Navigate, useNavigate, useParams } from 'react-router'
import { DEFAULT_SCORE_WEIGHTS } from '@pairwise/shared'
import type { Language, ScoreWeights, SetProblemProgress } from '@pairwise/shared'
import { ApiError, getProblemSet, startSession } from '../../api.ts'
import type { ProblemSetWithProgress } from '../../api.ts'
import { AreaTags } from '../../components/AreaTags.tsx'
import { DifficultyBadge } from '../../components/DifficultyBadge.tsx'
import { FormError } from '../../components/FormError.tsx'
import { LoadError } from '../../components/LoadError.tsx'
import { PageLoading } from '../../components/PageLoading.tsx'
import { useAuth } from '../../hooks/use-auth.ts'
import {
  countOf,
  LANGUAGE_LABELS,
  POLICY_TEXT,
  SET_STATUS_LABELS,
  WEIGHT_LABELS,
} from '../../lib/labels.ts'
import { NotFoundPage } from '../NotFoundPage.tsx'
import '../../styles/practice.css'
import '../../styles/problem.css'
import '../../styles/sets.css'

type Loaded =
  | { status: 'ready'; key: string; data: ProblemSetWithProgress }
  | { status: 'missing'; key: string }
  | { status: 'error'; key: string; message: string }

type SetProblem = ProblemSetWithProgress['problemSet']['problems'][number]

export default function SetPage() {
  const { id = '' } = useParams()
  const { user } = useAuth()
  const navigate = useNavigate()
  const [attempt, setAttempt] = useState(0)
  const key = `${id}#${attempt}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [language, setLanguage] = useState<Language>('python')
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    getProblemSet(id, controller.signal)
      .then((data) => setLoaded({ status: 'ready', key, data }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        if (err instanceof ApiError && err.status === 404) setLoaded({ status: 'missing', key })
        else
          setLoaded({
            status: 'error',
            key,
            message: err instanceof Error ? err.message : 'Could not load the set.',
          })
      })
    return () => controller.abort()
  }, [id, key, user])

  if (user === null) {
    return <Navigate to={`/login?next=${encodeURIComponent(`/sets/${id}`)}`} replace />
  }
  if (loaded?.key !== key) return <PageLoading label="Loading the problem set" />
  if (loaded.status === 'missing') {
    return (
      <NotFoundPage
        title="Problem set not found"
        message="There is no such problem set, or it is not published to you (yet)."
      />
    )
  }
  if (loaded.status === 'error') {
    return (
      <LoadError
        title="Problem set · Pairwise"
        heading="Could not load the problem set"
        message={loaded.message}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    )
  }

  const { problemSet: set, progress } = loaded.data
  const languages = [...new Set(set.problems.flatMap((p) => p.languages))]
  const weights: ScoreWeights = set.weights ?? DEFAULT_SCORE_WEIGHTS
  const weightSum = Object.values(weights).reduce((a, b) => a + b, 0) || 1
  const progressOf = (slug: string): SetProblemProgress =>
    progress.problems.find((p) => p.slug === slug) ?? {
      slug,
      status: 'not_started',
      bestScore: null,
      activeSessionId: null,
      latestSessionId: null,
    }
  const scoredCount = progress.problems.filter((p) => p.status === 'scored').length

  const start = async (problem: SetProblem) => {
    setError(null)
    setPending(problem.slug)
    try {
      const chosen = problem.languages.includes(language) ? language : problem.languages[0]
      const session = await startSession({
        problemSlug: problem.slug,
        language: chosen ?? 'python',
        problemSetId: set.id,
      })
      await navigate(`/sessions/${encodeURIComponent(session.id)}`)
    } catch (err) {
      setPending(null)
      setError(err instanceof Error ? err.message : 'Could not start the session.')
    }
  }

  return (
    <div className="container set-page">
      <title>{`${set.title} · Pairwise`}</title>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to="/sets">Problem sets</Link>
          </li>
          <li aria-current="page">{set.title}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{set.title}</h1>
        <p className="page-header__lede">
          {countOf(set.problems.length, 'problem')}, in order · by {set.owner.name}
          {set.cohort ? ` · for ${set.cohort.name}` : ''}
        </p>
        {!set.published ? (
          <p className="notice" role="status">
            This set is a draft: candidates see it once it is published.{' '}
            {set.owner.id === user?.id ? (
              <Link to={`/author?set=${encodeURIComponent(set.id)}`}>
                Publish it on the Author page
              </Link>
            ) : null}
          </p>
        ) : set.owner.id === user?.id ? (
          <p className="muted">
            Published{set.cohort ? ` to ${set.cohort.name}` : ' to everyone'}.{' '}
            <Link to={`/author?set=${encodeURIComponent(set.id)}`}>Edit on the Author page</Link>
          </p>
        ) : null}
      </header>

      {progress.done ? (
        <section className="set-summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Set complete</h2>
          <p className="set-summary__total">
            <span className="set-summary__number">{progress.total}</span>
            <span className="muted">/100 overall, the mean of your best score on each problem</span>
          </p>
          <table className="sessions-table">
            <caption className="visually-hidden">Your best score per problem</caption>
            <thead>
              <tr>
                <th scope="col">Problem</th>
                <th scope="col">Best score</th>
              </tr>
            </thead>
            <tbody>
              {set.problems.map((p) => {
                const mine = progressOf(p.slug)
                return (
                  <tr key={p.slug}>
                    <th scope="row">
                      {mine.latestSessionId ? (
                        <Link to={`/sessions/${encodeURIComponent(mine.latestSessionId)}`}>
                          {p.title}
                        </Link>
                      ) : (
                        p.title
                      )}
                    </th>
                    <td className="sessions-table__score">{mine.bestScore}/100</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ) : (
        <p className="set-page__progress" aria-live="polite">
          {scoredCount} of {set.problems.length} scored
          {progress.total !== null
            ? ` · ${progress.total}/100 so far (unscored problems count 0)`
            : ''}
        </p>
      )}

      <div className="set-page__layout">
        <section aria-labelledby="problems-heading" className="set-page__main">
          <h2 id="problems-heading" className="section-title">
            Problems
          </h2>
          {languages.length > 1 ? (
            <fieldset className="segmented">
              <legend className="segmented__legend">Language</legend>
              <div className="segmented__options">
                {languages.map((option) => (
                  <label key={option} className="segmented__option">
                    <input
                      type="radio"
                      name="set-language"
                      value={option}
                      checked={option === language}
                      onChange={() => setLanguage(option)}
                    />
                    <span>{LANGUAGE_LABELS[option]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <FormError message={error} />
          <ol className="set-problems">
            {set.problems.map((p, index) => {
              const mine = progressOf(p.slug)
              return (
                <li key={p.slug} className="set-problem" aria-label={p.title}>
                  <span className="set-problem__index" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div className="set-problem__main">
                    <h3 className="set-problem__title">
                      <Link to={`/problems/${encodeURIComponent(p.slug)}`}>{p.title}</Link>
                    </h3>
                    <div className="set-problem__meta">
                      <DifficultyBadge difficulty={p.difficulty} />
                      <AreaTags areas={p.areas} />
                    </div>
                  </div>
                  <div className="set-problem__state">
                    <span className={`status status--${mine.status}`}>
                      {SET_STATUS_LABELS[mine.status]}
                    </span>
                    <span className="set-problem__score">
                      {mine.bestScore !== null ? `best ${mine.bestScore}/100` : null}
                    </span>
                  </div>
                  <div className="set-problem__actions">
                    {mine.activeSessionId ? (
                      <Link
                        className="btn btn--primary btn--sm"
                        to={`/sessions/${encodeURIComponent(mine.activeSessionId)}`}
                      >
                        Continue
                      </Link>
                    ) : null}
                    <button
                      type="button"
                      className={
                        mine.activeSessionId ? 'btn btn--ghost btn--sm' : 'btn btn--primary btn--sm'
                      }
                      onClick={() => void start(p)}
                      disabled={pending !== null}
                      title={
                        mine.activeSessionId ? 'Start a new session of this problem' : undefined
                      }
                    >
                      {pending === p.slug ? (
                        <span className="spinner spinner--on-accent" aria-hidden="true" />
                      ) : null}
                      Start
                    </button>
                  </div>
                </li>
              )
            })}
          </ol>
        </section>
        <aside className="set-page__aside" aria-label="How this set works">
          <dl className="facts">
            <div>
              <dt>Assistant</dt>
              <dd>
                {set.assistant ? (
                  <>
                    <strong>{POLICY_TEXT[set.assistant].title}</strong>
                    <span className="facts__detail">{POLICY_TEXT[set.assistant].detail}</span>
                  </>
                ) : (
                  <span className="facts__detail">Each problem’s own policy.</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Score weights</dt>
              <dd>
                <ul className="set-weights">
                  {(Object.keys(WEIGHT_LABELS) as (keyof ScoreWeights)[]).map((k) => (
                    <li key={k}>
                      <span>{WEIGHT_LABELS[k]}</span>
                      <span>{Math.round((weights[k] / weightSum) * 100)}%</span>
                    </li>
                  ))}
                </ul>
                {set.weights ? null : <span className="facts__detail">The default weights.</span>}
              </dd>
            </div>
          </dl>
        </aside>
      </div>
    </div>
  )
}
