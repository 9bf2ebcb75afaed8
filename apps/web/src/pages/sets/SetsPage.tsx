// "Problem sets": the sets a signed-in user may work through: their cohorts' sets, then the
// published sets open to everyone.
import { useEffect, useState } from 'react'
import { Link, Navigate } from 'react-router'
import { listProblemSets } from '../../api.ts'
import type { ProblemSet } from '../../api.ts'
import { PageLoading } from '../../components/PageLoading.tsx'
import { useAuth } from '../../hooks/use-auth.ts'
import { POLICY_TEXT } from '../../lib/labels.ts'
import '../../styles/sets.css'

type Loaded = { status: 'ready'; sets: ProblemSet[] } | { status: 'error'; message: string }

export default function SetsPage() {
  const { user } = useAuth()
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    listProblemSets(controller.signal)
      .then((sets) => setLoaded({ status: 'ready', sets }))
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        setLoaded({ status: 'error', message: err instanceof Error ? err.message : String(err) })
      })
    return () => controller.abort()
  }, [user])

  if (user === null) return <Navigate to="/login?next=%2Fsets" replace />
  if (!loaded) return <PageLoading label="Loading problem sets" />

  // Drafts are the author's own business; they show on the Author page.
  const published = loaded.status === 'ready' ? loaded.sets.filter((s) => s.published) : []
  const cohortSets = published.filter((s) => s.cohort)
  const openSets = published.filter((s) => !s.cohort)

  return (
    <div className="container sets">
      <title>Problem sets · Pairwise</title>
      <header className="page-header">
        <h1>Problem sets</h1>
        <p className="page-header__lede">
          A set is a run of problems chosen together, often from a job posting, with its own
          assistant and scoring. Work through it in order and get a summary at the end.
        </p>
      </header>
      {loaded.status === 'error' ? (
        <p className="notice notice--error" role="alert">
          {loaded.message}
        </p>
      ) : published.length === 0 ? (
        <div className="empty-state empty-state--inline">
          <h2>No problem sets yet</h2>
          <p className="muted">
            When an instructor publishes a set, or assigns one to your cohort, it shows up here.
          </p>
          <Link className="btn btn--primary" to="/">
            Browse problems
          </Link>
        </div>
      ) : (
        <>
          {cohortSets.length ? (
            <SetList title="For your cohorts" sets={cohortSets} id="cohort-sets" />
          ) : null}
          {openSets.length ? (
            <SetList
              title={cohortSets.length ? 'Open to everyone' : 'Published sets'}
              sets={openSets}
              id="open-sets"
            />
          ) : null}
        </>
      )}
    </div>
  )
}

function SetList({ title, sets, id }: { title: string; sets: ProblemSet[]; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <ul className="set-cards">
        {sets.map((set) => (
          <li key={set.id} className="set-card">
            <h3 className="set-card__title">
              <Link to={`/sets/${encodeURIComponent(set.id)}`}>{set.title}</Link>
            </h3>
            <p className="muted set-card__meta">
              {set.problems.length} {set.problems.length === 1 ? 'problem' : 'problems'} ·
              assistant: {set.assistant ? POLICY_TEXT[set.assistant].title : 'each problem’s own'}
              {set.cohort ? ` · ${set.cohort.name}` : ''} · by {set.owner.name}
            </p>
            <ol className="set-card__problems">
              {set.problems.map((p) => (
                <li key={p.slug}>{p.title}</li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
