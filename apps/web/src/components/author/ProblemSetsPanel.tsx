// Problem sets: the instructor's sets with their problems in order, edit and publish; and a
// form for a new one made of library problems.
import { useEffect, useState } from 'react'
import type { ProblemSummary } from '@pairwise/shared'
import { listProblems, listProblemSets, publishProblemSet, unpublishProblemSet } from '../../api.ts'
import { ConfirmDialog } from '../ConfirmDialog.tsx'
import type { ProblemSet } from '../../api.ts'
import { ProblemSetEditor } from './ProblemSetEditor.tsx'

export function ProblemSetsPanel({ highlight }: { highlight?: string | null }) {
  const [sets, setSets] = useState<ProblemSet[] | null>(null)
  const [library, setLibrary] = useState<ProblemSummary[]>([])
  const [editing, setEditing] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    Promise.all([listProblemSets(controller.signal), listProblems({}, controller.signal)])
      .then(([s, l]) => {
        setSets(s)
        setLibrary(l)
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setMessage(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [reload])

  const publish = async (set: ProblemSet) => {
    setMessage(null)
    try {
      await publishProblemSet(set.id)
      setMessage(`Published "${set.title}".`)
      setReload((n) => n + 1)
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err))
    }
  }
  const [unpublishing, setUnpublishing] = useState<ProblemSet | null>(null)
  const unpublish = async (set: ProblemSet) => {
    setUnpublishing(null)
    setMessage(null)
    try {
      await unpublishProblemSet(set.id)
      setMessage(`Unpublished "${set.title}": candidates no longer see it.`)
      setReload((n) => n + 1)
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err))
    }
  }
  const saved = () => {
    setEditing(null)
    setCreating(false)
    setReload((n) => n + 1)
  }

  return (
    <section className="author-panel" aria-labelledby="sets-title">
      <div className="author-panel__head">
        <h2 id="sets-title">Problem sets</h2>
        <button
          type="button"
          className="btn btn--primary btn--sm"
          onClick={() => setCreating((c) => !c)}
          aria-expanded={creating}
        >
          New problem set
        </button>
      </div>
      <p className="muted cell-small" aria-live="polite">
        {message}
      </p>
      {creating ? (
        <ProblemSetEditor library={library} onSaved={saved} onCancel={() => setCreating(false)} />
      ) : null}
      {sets?.length === 0 && !creating ? <p className="muted">No problem sets yet.</p> : null}
      <ul className="author-list">
        {sets?.map((set) => (
          <li
            key={set.id}
            id={`set-${set.id}`}
            className={`author-list__item${highlight === set.id ? ' is-highlighted' : ''}`}
            aria-label={set.title}
          >
            <div className="author-list__main">
              <h3>{set.title}</h3>
              {set.published ? (
                <span className="pill pill--good">published</span>
              ) : (
                <span className="pill pill--muted">draft</span>
              )}
              {set.assistant ? <span className="pill pill--muted">{set.assistant}</span> : null}
              {set.postingId ? <span className="pill pill--muted">from a posting</span> : null}
            </div>
            <ol className="set-problems">
              {set.problems.map((p) => (
                <li key={p.slug}>{p.title}</li>
              ))}
            </ol>
            {editing === set.id ? (
              <ProblemSetEditor
                library={library}
                existing={set}
                onSaved={saved}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="author-list__actions">
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  onClick={() => setEditing(set.id)}
                  aria-label={`Edit ${set.title}`}
                >
                  Edit
                </button>
                {set.published ? (
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm"
                    onClick={() => setUnpublishing(set)}
                    aria-label={`Unpublish ${set.title}`}
                  >
                    Unpublish
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn--primary btn--sm"
                    onClick={() => publish(set)}
                    aria-label={`Publish ${set.title}`}
                  >
                    Publish
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={unpublishing !== null}
        title={`Unpublish "${unpublishing?.title ?? ''}"?`}
        message="Candidates stop seeing the set and cannot start it. Sessions already started in it keep going, with its policy and weights."
        confirmLabel="Unpublish"
        onCancel={() => setUnpublishing(null)}
        onConfirm={() => {
          if (unpublishing) void unpublish(unpublishing)
        }}
      />
    </section>
  )
}
