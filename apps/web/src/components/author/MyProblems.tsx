// The instructor's own problems: draft or published, with Validate and Publish on each.
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { listAuthoredProblems, publishAuthoredProblem, validateAuthoredProblem } from '../../api.ts'
import type { AuthoredSummary } from '../../api.ts'

type RowState = { busy?: string; message?: string; ok?: boolean }

export function MyProblems() {
  const [problems, setProblems] = useState<AuthoredSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [rows, setRows] = useState<Record<string, RowState>>({})
  const [reload, setReload] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    listAuthoredProblems(controller.signal)
      .then(setProblems)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [reload])

  const setRow = (slug: string, state: RowState) => setRows((r) => ({ ...r, [slug]: state }))

  const validate = async (slug: string) => {
    setRow(slug, { busy: 'Validating…' })
    try {
      const v = await validateAuthoredProblem(slug)
      const ok = v.failures.length === 0
      setRow(slug, {
        ok,
        message: ok
          ? `Valid: ${v.testsPassed}/${v.tests} checks pass.`
          : `${v.failures.length} failing: ${v.failures.map((f) => f.reason).join('; ')}`,
      })
    } catch (err) {
      setRow(slug, { ok: false, message: err instanceof Error ? err.message : String(err) })
    }
  }

  const publish = async (slug: string) => {
    setRow(slug, { busy: 'Publishing…' })
    try {
      await publishAuthoredProblem(slug)
      setRow(slug, { ok: true, message: 'Published.' })
      setReload((n) => n + 1)
    } catch (err) {
      setRow(slug, { ok: false, message: err instanceof Error ? err.message : String(err) })
    }
  }

  return (
    <section className="author-panel" aria-labelledby="my-problems-title">
      <div className="author-panel__head">
        <h2 id="my-problems-title">My problems</h2>
        <Link className="btn btn--primary btn--sm" to="/author/problems/new">
          New problem
        </Link>
      </div>
      {error ? <p className="notice notice--error">{error}</p> : null}
      {problems === null && !error ? <p className="muted">Loading…</p> : null}
      {problems?.length === 0 ? <p className="muted">You have not written a problem yet.</p> : null}
      <ul className="author-list">
        {problems?.map((p) => {
          const row = rows[p.slug] ?? {}
          return (
            <li key={p.slug} className="author-list__item">
              <div className="author-list__main">
                <Link to={`/author/problems/${p.slug}`} className="cell-strong">
                  {p.title}
                </Link>
                <span className="muted cell-small">{p.slug}</span>
                {p.published ? <span className="pill pill--good">published</span> : null}
                {p.hasDraft ? <span className="pill pill--muted">draft</span> : null}
              </div>
              <div className="author-list__actions">
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  onClick={() => validate(p.slug)}
                  disabled={Boolean(row.busy)}
                  aria-label={`Validate ${p.title}`}
                >
                  Validate
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  onClick={() => publish(p.slug)}
                  disabled={Boolean(row.busy) || !p.hasDraft}
                  aria-label={`Publish ${p.title}`}
                >
                  Publish
                </button>
              </div>
              {row.busy || row.message ? (
                <p
                  className={`author-list__status${row.ok === false ? ' is-bad' : ''}`}
                  aria-live="polite"
                >
                  {row.busy ?? row.message}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
