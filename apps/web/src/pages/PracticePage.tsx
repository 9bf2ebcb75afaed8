// "My practice": the signed-in user's sessions with their latest scores, and a chart of score
// over time.
import { useEffect, useState } from 'react'
import { Link, Navigate, useSearchParams } from 'react-router'
import type { PracticeSession, ScoreOverride, ScoreReport } from '@pairwise/shared'
import { archiveSession, getScoreWithOverride, listMySessions } from '../api.ts'
import { PageLoading } from '../components/PageLoading.tsx'
import { CohortInvitations } from '../components/practice/CohortInvitations.tsx'
import { ScoreChart } from '../components/practice/ScoreChart.tsx'
import type { ScorePoint } from '../components/practice/ScoreChart.tsx'
import { useAuth } from '../hooks/use-auth.ts'
import { LANGUAGE_LABELS } from '../lib/labels.ts'
import { PRACTICE_SORT_LABELS, sortSessions } from '../lib/practice-sort.ts'
import type { PracticeSort } from '../lib/practice-sort.ts'
import '../styles/feedback.css'
import '../styles/practice.css'

const STATUS_LABELS: Record<PracticeSession['status'], string> = {
  active: 'In progress',
  submitted: 'Submitted',
  scored: 'Scored',
}
/** Scores are fetched for the newest sessions only, a few at a time. */
const SCORED_SESSIONS = 40

/** A session's latest score and the mentor's override of it, if any. */
interface Scored {
  report: ScoreReport
  override: ScoreOverride | null
}

async function latestScores(sessions: PracticeSession[], signal: AbortSignal) {
  const scores = new Map<string, Scored>()
  const queue = sessions.slice(0, SCORED_SESSIONS)
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const latest = await getScoreWithOverride(s.id, signal).catch(() => null)
      if (latest?.score) scores.set(s.id, { report: latest.score, override: latest.override })
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return scores
}

type Loaded =
  | { status: 'ready'; sessions: PracticeSession[]; scores: Map<string, Scored> }
  | { status: 'error'; message: string }

export default function PracticePage() {
  const { user } = useAuth()
  const [params, setParams] = useSearchParams()
  const archived = params.get('view') === 'archived'
  const sort: PracticeSort = params.get('sort') === 'started' ? 'started' : 'updated'
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [reload, setReload] = useState(0)
  const [actionError, setActionError] = useState<string | null>(null)
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null) next.delete(name)
    else next.set(name, value)
    setParams(next, { replace: true })
  }

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    ;(async () => {
      const sessions = await listMySessions({ archived }, controller.signal)
      setLoaded({ status: 'ready', sessions, scores: new Map() })
      const scores = await latestScores(sessions, controller.signal)
      if (!controller.signal.aborted) setLoaded({ status: 'ready', sessions, scores })
    })().catch((err: unknown) => {
      if (controller.signal.aborted) return
      setLoaded({
        status: 'error',
        message: err instanceof Error ? err.message : 'Could not load.',
      })
    })
    return () => controller.abort()
  }, [user, archived, reload])

  const toggleArchived = async (session: PracticeSession) => {
    setActionError(null)
    try {
      await archiveSession(session.id, session.archivedAt === null)
      setReload((n) => n + 1)
    } catch (err) {
      setActionError(err instanceof Error ? err.message : 'Could not change the session.')
    }
  }

  if (user === null) return <Navigate to="/login?next=%2Fpractice" replace />
  if (!loaded) return <PageLoading label="Loading your practice" />

  return (
    <div className="container practice">
      <title>My practice · Pairwise</title>
      <header className="page-header">
        <h1>My practice</h1>
        <p className="page-header__lede">
          Your sessions, sorted by when you {sort === 'updated' ? 'last worked on' : 'started'} them
          (newest first), and how your scores move.
        </p>
      </header>
      <CohortInvitations />
      <div className="practice__controls">
        <div className="practice__tabs" role="group" aria-label="Which sessions">
          <button
            type="button"
            className={archived ? 'btn btn--ghost btn--sm' : 'btn btn--primary btn--sm'}
            aria-pressed={!archived}
            onClick={() => setParam('view', null)}
          >
            Current
          </button>
          <button
            type="button"
            className={archived ? 'btn btn--primary btn--sm' : 'btn btn--ghost btn--sm'}
            aria-pressed={archived}
            onClick={() => setParam('view', 'archived')}
          >
            Archived
          </button>
        </div>
        <label className="practice__sort">
          Sort by{' '}
          <select
            value={sort}
            onChange={(e) => setParam('sort', e.target.value === 'started' ? 'started' : null)}
          >
            {(Object.keys(PRACTICE_SORT_LABELS) as PracticeSort[]).map((k) => (
              <option key={k} value={k}>
                {PRACTICE_SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {actionError ? (
        <p className="notice notice--error" role="alert">
          {actionError}
        </p>
      ) : null}
      {loaded.status === 'error' ? (
        <p className="notice notice--error" role="alert">
          {loaded.message}
        </p>
      ) : loaded.sessions.length === 0 && archived ? (
        <p className="muted">No archived sessions. Archive one from Current to tidy the list.</p>
      ) : loaded.sessions.length === 0 ? (
        <div className="empty-state empty-state--inline">
          <h2>No sessions yet</h2>
          <p className="muted">Pick a problem and press Start; your sessions will show up here.</p>
          <Link className="btn btn--primary" to="/">
            Browse problems
          </Link>
        </div>
      ) : (
        <PracticeOverview
          sessions={sortSessions(loaded.sessions, sort)}
          scores={loaded.scores}
          sort={sort}
          onToggleArchived={(s) => void toggleArchived(s)}
        />
      )}
    </div>
  )
}

function PracticeOverview({
  sessions,
  scores,
  sort,
  onToggleArchived,
}: {
  sessions: PracticeSession[]
  scores: Map<string, Scored>
  sort: PracticeSort
  onToggleArchived: (session: PracticeSession) => void
}) {
  const points: ScorePoint[] = sessions.flatMap((s) => {
    const score = scores.get(s.id)
    // The chart follows the score that stands: the mentor's when there is one.
    return score
      ? [
          {
            at: new Date(score.report.createdAt),
            total: score.override?.total ?? score.report.total,
            label: score.override ? `${s.problemTitle} (mentor)` : s.problemTitle,
          },
        ]
      : []
  })
  return (
    <>
      <section className="practice__chart" aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="section-title">
          Score over time
        </h2>
        {points.length > 0 ? (
          <ScoreChart points={points} />
        ) : (
          <p className="muted">Score an explanation to start your chart.</p>
        )}
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="section-title">
          Sessions
        </h2>
        <div className="table-wrap">
          <table className="sessions-table">
            <thead>
              <tr>
                <th scope="col">Problem</th>
                <th scope="col" aria-sort="descending">
                  {PRACTICE_SORT_LABELS[sort]}
                </th>
                <th scope="col">Status</th>
                <th scope="col">Latest score</th>
                <th scope="col">
                  <span className="visually-hidden">Replay</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const score = scores.get(s.id)
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/sessions/${encodeURIComponent(s.id)}`}>{s.problemTitle}</Link>
                      <span className="sessions-table__lang">{LANGUAGE_LABELS[s.language]}</span>
                    </th>
                    <td>
                      <time dateTime={sort === 'updated' ? s.updatedAt : s.createdAt}>
                        {new Date(sort === 'updated' ? s.updatedAt : s.createdAt).toLocaleString()}
                      </time>
                    </td>
                    <td>
                      <span className={`status status--${s.status}`}>
                        {STATUS_LABELS[s.status]}
                      </span>
                    </td>
                    <td className="sessions-table__score">
                      {score ? <ScoreCell scored={score} /> : '—'}
                    </td>
                    <td>
                      <Link
                        to={`/review/sessions/${encodeURIComponent(s.id)}`}
                        aria-label={`Replay ${s.problemTitle}, ${new Date(s.createdAt).toLocaleString()}`}
                      >
                        Replay
                      </Link>{' '}
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => onToggleArchived(s)}
                        aria-label={`${s.archivedAt ? 'Unarchive' : 'Archive'} ${s.problemTitle}, ${new Date(s.createdAt).toLocaleString()}`}
                      >
                        {s.archivedAt ? 'Unarchive' : 'Archive'}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  )
}

/** The score that stands, with the automatic one and the mentor's reason beside an override. */
function ScoreCell({ scored }: { scored: Scored }) {
  const { report, override } = scored
  if (!override) return <>{Math.round(report.total)}/100</>
  return (
    <span data-testid="practice-override">
      {Math.round(override.total)}/100
      <span className="practice-override">
        {override.mentor.name}; automatic {Math.round(report.total)}
      </span>
      <span className="practice-override">“{override.reason}”</span>
    </span>
  )
}
