// The mentor's review queue: sessions they may review, filtered by candidate, problem, flagged
// and not yet reviewed; the filters live in the URL so a filtered queue can be bookmarked.
import { useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { ProblemSummary } from '@pairwise/shared'
import { listProblems, listReviewSessions } from '../../api.ts'
import type { ReviewFilters, ReviewQueueItem } from '../../api.ts'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import { LANGUAGE_LABELS } from '../../lib/labels.ts'
import '../../styles/review.css'

function filtersFrom(search: URLSearchParams): ReviewFilters {
  return {
    candidate: search.get('candidate') ?? '',
    problem: search.get('problem') ?? '',
    flagged: search.get('flagged') === 'true',
    unreviewed: search.get('unreviewed') === 'true',
  }
}

function QueueTable({ sessions }: { sessions: ReviewQueueItem[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Problem</th>
            <th scope="col">Status</th>
            <th scope="col">Score</th>
            <th scope="col">Review</th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <div className="cell-strong">{s.candidate.name}</div>
                <div className="muted cell-small">{s.candidate.email}</div>
              </td>
              <td>
                <div>{s.problemTitle}</div>
                <div className="muted cell-small">{LANGUAGE_LABELS[s.language]}</div>
              </td>
              <td>{s.status}</td>
              <td>
                {s.latestTotal === null ? '—' : `${Math.round(s.latestTotal)}/100`}
                {s.flagged ? <span className="pill pill--warn">flagged</span> : null}
              </td>
              <td>
                {s.reviewed ? 'Reviewed' : <span className="pill pill--muted">to review</span>}
              </td>
              <td className="cell-small">{new Date(s.updatedAt).toLocaleString()}</td>
              <td>
                <Link
                  className="btn btn--ghost btn--sm"
                  to={`/review/sessions/${s.id}`}
                  aria-label={`Replay ${s.candidate.name}'s session on ${s.problemTitle}`}
                >
                  Replay
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Queue() {
  const [search, setSearch] = useSearchParams()
  const key = search.toString()
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key])
  const [answer, setAnswer] = useState<{
    key: string
    sessions?: ReviewQueueItem[]
    error?: string
  }>()
  const [problems, setProblems] = useState<ProblemSummary[]>([])
  const [candidateText, setCandidateText] = useState(filters.candidate ?? '')

  useEffect(() => {
    const controller = new AbortController()
    listProblems({}, controller.signal)
      .then(setProblems)
      .catch(() => setProblems([]))
    return () => controller.abort()
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    listReviewSessions(filters, controller.signal)
      .then((sessions) => setAnswer({ key, sessions }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        setAnswer({ key, error: err instanceof Error ? err.message : 'Could not load the queue.' })
      })
    return () => controller.abort()
  }, [filters, key])

  // The candidate box writes to the URL after a pause, replacing history while typing.
  useEffect(() => {
    if (candidateText === (filters.candidate ?? '')) return
    const timer = setTimeout(() => update({ candidate: candidateText }, true), 300)
    return () => clearTimeout(timer)
  })

  function update(patch: Partial<ReviewFilters>, typing = false) {
    const next = { ...filters, ...patch }
    const params = new URLSearchParams()
    if (next.candidate) params.set('candidate', next.candidate)
    if (next.problem) params.set('problem', next.problem)
    if (next.flagged) params.set('flagged', 'true')
    if (next.unreviewed) params.set('unreviewed', 'true')
    // flushSync: the checkboxes and the select are controlled by the URL, and must not flick back.
    setSearch(params, { replace: typing, flushSync: !typing })
  }

  const loading = answer?.key !== key
  return (
    <div className="container review-queue">
      <title>Review queue · Pairwise</title>
      <div className="page-header">
        <h1>Review queue</h1>
        <p className="page-header__lede">
          Sessions of the candidates in your cohorts, and sessions shared with you.
        </p>
      </div>
      <form className="queue-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="queue-candidate">Candidate</label>
          <input
            id="queue-candidate"
            type="search"
            placeholder="Name or email"
            value={candidateText}
            onChange={(e) => setCandidateText(e.target.value)}
          />
        </div>
        <div className="field select-field">
          <label htmlFor="queue-problem">Problem</label>
          <select
            id="queue-problem"
            value={filters.problem ?? ''}
            onChange={(e) => update({ problem: e.target.value })}
          >
            <option value="">All problems</option>
            {problems.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.flagged === true}
            onChange={(e) => update({ flagged: e.target.checked })}
          />
          Flagged by the scorer
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.unreviewed === true}
            onChange={(e) => update({ unreviewed: e.target.checked })}
          />
          Not yet reviewed
        </label>
      </form>
      <p className="muted queue-count" aria-live="polite">
        {loading
          ? 'Loading sessions…'
          : answer?.sessions
            ? `${answer.sessions.length} ${answer.sessions.length === 1 ? 'session' : 'sessions'}`
            : null}
      </p>
      {answer?.error && !loading ? <p className="notice notice--error">{answer.error}</p> : null}
      {answer?.sessions && answer.sessions.length > 0 ? (
        <QueueTable sessions={answer.sessions} />
      ) : answer?.sessions && !loading ? (
        <div className="empty-state empty-state--inline">
          <h2>Nothing to review</h2>
          <p className="muted" data-testid="empty-queue-reason">
            This queue shows the sessions of candidates in the cohorts you mentor or run (accept an
            invitation to mentor a cohort on My practice), and sessions candidates shared with you.
            Sessions a candidate started before joining the cohort are not shown, nor your own. If
            you filtered, clear the filters to see them all.
          </p>
        </div>
      ) : null}
    </div>
  )
}

export default function ReviewQueuePage() {
  return (
    <RequireRole roles={['mentor', 'instructor']} what="the review queue">
      <Queue />
    </RequireRole>
  )
}
