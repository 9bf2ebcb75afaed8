// The problem catalog: search and filters kept in the URL, and a grid of problem cards.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { ProblemProgress, ProblemQuery, ProblemSummary } from '@pairwise/shared'
import { getProblemProgress, listProblems } from '../api.ts'
import { useAuth } from '../hooks/use-auth.ts'
import { CatalogFilters } from '../components/CatalogFilters.tsx'
import { ProblemCard } from '../components/ProblemCard.tsx'
import { hasFilters, queryFromSearch, searchFromQuery } from '../lib/catalog-query.ts'
import '../styles/catalog.css'

// Each request is keyed by its query (and retry count), so "loading" is simply "no answer for
// this key yet", and the last good list stays on screen, dimmed, while the next one loads.
type Answer = { key: string; problems: ProblemSummary[] } | { key: string; error: string }

export function CatalogPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  const query = useMemo(() => queryFromSearch(new URLSearchParams(search)), [search])
  const [attempt, setAttempt] = useState(0)
  const key = `${search}#${attempt}`
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [lastGood, setLastGood] = useState<ProblemSummary[] | null>(null)
  const { user } = useAuth()
  const [progress, setProgress] = useState<Record<string, ProblemProgress>>({})

  // Solved and attempted marks for the signed-in user; the catalog itself is the same for all.
  const userId = user?.id
  useEffect(() => {
    if (!userId) return
    const controller = new AbortController()
    getProblemProgress(controller.signal)
      .then(setProgress)
      .catch(() => undefined)
    return () => controller.abort()
  }, [userId])

  useEffect(() => {
    const controller = new AbortController()
    listProblems(query, controller.signal)
      .then((problems) => {
        setAnswer({ key, problems })
        setLastGood(problems)
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        const error = err instanceof Error ? err.message : 'Could not load the problems.'
        setAnswer({ key, error })
      })
    return () => controller.abort()
  }, [query, key])

  const loading = answer?.key !== key
  const error = !loading && answer && 'error' in answer ? answer.error : null
  const problems = lastGood

  const updateQuery = useCallback(
    (next: ProblemQuery, options?: { typing?: boolean }) => {
      // Typing replaces the history entry so Back does not step through every keystroke.
      // flushSync: the selects are controlled by the URL, and must not flick back meanwhile.
      setSearchParams(searchFromQuery(next), {
        replace: options?.typing === true,
        flushSync: options?.typing !== true,
      })
    },
    [setSearchParams],
  )

  const filtered = hasFilters(query)

  return (
    <div className="container catalog">
      <title>Practice problems · Pairwise</title>
      <div className="page-header">
        <h1>Practice problems</h1>
        <p className="page-header__lede">
          ML and ranking interview problems. Use the AI assistant the way you would in a real
          interview: how you collaborate is part of your score.
        </p>
      </div>

      <CatalogFilters query={query} onChange={updateQuery} />

      <div className="catalog__status">
        <p aria-live="polite" className="catalog__count">
          {problems === null
            ? 'Loading problems…'
            : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}${filtered ? ' match' : ''}`}
        </p>
        {filtered ? (
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => setSearchParams(new URLSearchParams())}
          >
            Clear filters
          </button>
        ) : null}
      </div>

      {error !== null ? (
        <div className="notice notice--error" role="alert">
          <span>{error}</span>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => setAttempt((n) => n + 1)}
          >
            Try again
          </button>
        </div>
      ) : null}

      {problems === null ? (
        loading ? (
          <ul className="problem-grid" aria-hidden="true">
            {Array.from({ length: 6 }, (_, index) => (
              <li key={index} className="problem-card problem-card--skeleton" />
            ))}
          </ul>
        ) : null
      ) : problems.length === 0 ? (
        <div className="empty-state empty-state--inline">
          <h2>No problems match</h2>
          <p className="muted">Try another area or difficulty, or a shorter search.</p>
          {filtered ? (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => setSearchParams(new URLSearchParams())}
            >
              Show all problems
            </button>
          ) : null}
        </div>
      ) : (
        <ul className={loading ? 'problem-grid is-stale' : 'problem-grid'} aria-busy={loading}>
          {problems.map((problem) => (
            <li key={problem.slug}>
              <ProblemCard
                problem={problem}
                progress={userId ? progress[problem.slug] : undefined}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
