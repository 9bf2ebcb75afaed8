// Derive a problem set from a job posting: paste it, see its requirements with their evidence,
// the suggested problems and the uncovered areas, and turn it into a set with one click.
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import type { ProblemSummary } from '@pairwise/shared'
import { createProblemSet, derivePosting, listProblems } from '../../api.ts'
import type { PostingAnalysis, ProblemSet } from '../../api.ts'
import { PostingResult } from '../../components/author/PostingResult.tsx'
import { FormError } from '../../components/FormError.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import '../../styles/author.css'
import { countOf } from '../../lib/labels.ts'

function Posting() {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [analysis, setAnalysis] = useState<PostingAnalysis | null>(null)
  const [library, setLibrary] = useState<ProblemSummary[]>([])
  const [created, setCreated] = useState<ProblemSet | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    listProblems({}, controller.signal)
      .then(setLibrary)
      .catch(() => setLibrary([]))
    return () => controller.abort()
  }, [])

  const derive = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy('Deriving…')
    setError(null)
    setCreated(null)
    try {
      setAnalysis(await derivePosting({ text, ...(title.trim() ? { title: title.trim() } : {}) }))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(null)
    }
  }

  const slugs = [...new Set(analysis?.suggestions.map((s) => s.slug) ?? [])]
  const createSet = async () => {
    if (!analysis) return
    setBusy('Creating the set…')
    setError(null)
    try {
      const set = await createProblemSet({
        title: (title.trim() || analysis.posting.title || 'Problem set from a posting').slice(
          0,
          120,
        ),
        problemSlugs: slugs,
        postingId: analysis.posting.id,
      })
      if (set) setCreated(set)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="container posting-page">
      <title>Derive a set from a posting · Pairwise</title>
      <div className="page-header">
        <p className="replay__crumbs">
          <Link to="/author">Author</Link> / Job posting
        </p>
        <h1>Derive a problem set from a job posting</h1>
        <p className="page-header__lede">
          Paste the posting. Each requirement is matched to an area with the sentence that asks for
          it, and the library suggests problems that cover it.
        </p>
      </div>
      <form className="form posting-form" onSubmit={derive}>
        <div className="field">
          <label htmlFor="posting-title">Title (optional)</label>
          <input id="posting-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="posting-text">Job posting</label>
          <textarea
            id="posting-text"
            className="textarea"
            rows={12}
            required
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <FormError message={error} />
        <div>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={Boolean(busy) || !text.trim()}
          >
            Derive
          </button>{' '}
          <span className="muted" aria-live="polite">
            {busy}
          </span>
        </div>
      </form>
      {analysis ? (
        <>
          <PostingResult analysis={analysis} library={library} />
          <div className="posting-create">
            {created ? (
              <p className="notice" role="status">
                Created the set “{created.title}” with {countOf(created.problems.length, 'problem')}
                . <Link to={`/sets/${encodeURIComponent(created.id)}`}>Open the problem set</Link>
              </p>
            ) : (
              <button
                type="button"
                className="btn btn--primary"
                onClick={createSet}
                disabled={slugs.length === 0 || Boolean(busy)}
              >
                Create problem set
              </button>
            )}
          </div>
        </>
      ) : null}
    </div>
  )
}

export default function PostingPage() {
  return (
    <RequireRole roles={['instructor']} what="posting derivation">
      <Posting />
    </RequireRole>
  )
}
