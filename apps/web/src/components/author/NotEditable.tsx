// The editor's page for a slug the user cannot edit: a library problem (edited in the repository),
// someone else's problem, or none at all, with the way back to the authoring list.
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { getProblem } from '../../api.ts'
import { PageLoading } from '../PageLoading.tsx'

/** The catalog's title for the slug, null when the catalog has no such problem. */
type Lookup = { title: string | null } | null

export function NotEditable({ slug }: { slug: string }) {
  const [lookup, setLookup] = useState<Lookup>(null)

  useEffect(() => {
    const controller = new AbortController()
    getProblem(slug, controller.signal)
      .then((p) => setLookup({ title: p.title }))
      .catch(() => {
        if (!controller.signal.aborted) setLookup({ title: null })
      })
    return () => controller.abort()
  }, [slug])

  if (!lookup) return <PageLoading label="Looking the problem up" />

  const inCatalog = lookup.title !== null
  const heading = inCatalog
    ? `“${lookup.title}” cannot be edited here`
    : `No problem “${slug}” to edit`
  return (
    <div className="container narrow empty-state">
      <title>{`${heading} · Pairwise`}</title>
      <h1>{heading}</h1>
      {inCatalog ? (
        <>
          <p className="muted">
            The browser editor opens problems written in it, for their author and for admins.
            Problems that ship with Pairwise, the library, are edited in the repository, in{' '}
            <code>packages/problems/problems/{slug}/</code>, and checked with{' '}
            <code>pnpm pairwise problems validate</code>.
          </p>
          <p className="muted">To write your own take on it, start a new problem.</p>
        </>
      ) : (
        <p className="muted">
          It is not one of the problems you authored, and the catalog has no problem by that name.
        </p>
      )}
      <div className="empty-state__actions">
        <Link className="btn btn--primary" to="/author">
          Back to authoring
        </Link>
        {inCatalog ? (
          <Link className="btn btn--ghost" to={`/problems/${encodeURIComponent(slug)}`}>
            Open the problem
          </Link>
        ) : null}
        <Link className="btn btn--ghost" to="/author/problems/new">
          Write a new problem
        </Link>
      </div>
    </div>
  )
}
