// Writing a problem in the browser: statement with a live preview, code in Monaco, cases and
// rubric as JSON with hints, hints.md; then Validate (every failing case) and Publish.
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import {
  ApiError,
  createAuthoredProblem,
  getAuthoredProblem,
  publishAuthoredProblem,
  saveAuthoredProblem,
  validateAuthoredProblem,
} from '../../api.ts'
import type { ValidationReport } from '../../api.ts'
import { CodeFilesEditor } from '../../components/author/CodeFilesEditor.tsx'
import { NotEditable } from '../../components/author/NotEditable.tsx'
import { JsonFileEditor } from '../../components/author/JsonFileEditor.tsx'
import { rubricHints, testsHints } from '../../components/author/json-hints.ts'
import { NEW_PROBLEM, PROBLEM_FILES } from '../../components/author/problem-template.ts'
import type { ProblemFileName, ProblemFiles } from '../../components/author/problem-template.ts'
import { StatementEditor } from '../../components/author/StatementEditor.tsx'
import { ValidationResult } from '../../components/author/ValidationResult.tsx'
import { FormError } from '../../components/FormError.tsx'
import { PageLoading } from '../../components/PageLoading.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import '../../styles/author.css'

const filesFrom = (files: Record<string, string>): ProblemFiles => {
  const out = { ...NEW_PROBLEM }
  for (const name of PROBLEM_FILES) out[name] = files[name] ?? ''
  return out
}

function ProblemEditor({ slug }: { slug: string | null }) {
  const navigate = useNavigate()
  const [files, setFiles] = useState<ProblemFiles | null>(slug ? null : { ...NEW_PROBLEM })
  const [newSlug, setNewSlug] = useState('')
  const [published, setPublished] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [validation, setValidation] = useState<ValidationReport | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [notEditable, setNotEditable] = useState(false)

  useEffect(() => {
    if (!slug) return
    const controller = new AbortController()
    getAuthoredProblem(slug, controller.signal)
      .then((p) => {
        setFiles(filesFrom(p.files))
        setPublished(p.published && !p.hasDraft)
        setValidation(p.validation)
        setDirty(false)
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return
        // A library problem, someone else's, or none: the server does not say which.
        if (err instanceof ApiError && err.status === 404) setNotEditable(true)
        else setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [slug])

  if (notEditable && slug) return <NotEditable slug={slug} />
  if (!files)
    return error ? <p className="container notice notice--error">{error}</p> : <PageLoading />

  const edit = (name: ProblemFileName, value: string) => {
    setFiles((f) => (f ? { ...f, [name]: value } : f))
    setDirty(true)
    setStatus(null)
  }

  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label)
    setError(null)
    setStatus(null)
    try {
      await action()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(null)
    }
  }

  const save = () =>
    run('Saving…', async () => {
      if (!slug) {
        await createAuthoredProblem(newSlug.trim(), files)
        navigate(`/author/problems/${newSlug.trim()}`, { replace: true })
        return
      }
      await saveAuthoredProblem(slug, files)
      setDirty(false)
      setPublished(false)
      setValidation(null)
      setStatus('Draft saved.')
    })

  const validate = () =>
    run('Validating…', async () => {
      if (!slug) return
      if (dirty) {
        await saveAuthoredProblem(slug, files)
        setDirty(false)
        setPublished(false)
      }
      setValidation(await validateAuthoredProblem(slug))
    })

  const publish = () =>
    run('Publishing…', async () => {
      if (!slug) return
      await publishAuthoredProblem(slug)
      setPublished(true)
      setStatus('Published: the problem is in the catalog. Editing it makes a new version.')
    })

  const canPublish = Boolean(slug) && !dirty && !published && validation?.failures.length === 0

  return (
    <div className="container problem-editor">
      <title>{slug ? `Edit ${slug} · Pairwise` : 'New problem · Pairwise'}</title>
      <div className="page-header">
        <p className="replay__crumbs">
          <Link to="/author">Author</Link> / {slug ?? 'New problem'}
        </p>
        <h1>{slug ? `Edit ${slug}` : 'New problem'}</h1>
      </div>

      <div className="editor-bar" role="toolbar" aria-label="Problem actions">
        {slug ? (
          <span className="pill pill--muted">
            {published ? 'published' : dirty ? 'unsaved changes' : 'draft'}
          </span>
        ) : (
          <div className="field editor-bar__slug">
            <label htmlFor="problem-slug">Slug</label>
            <input
              id="problem-slug"
              value={newSlug}
              placeholder="precision-at-k"
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              onChange={(e) => setNewSlug(e.target.value)}
            />
          </div>
        )}
        <button type="button" className="btn btn--ghost" onClick={save} disabled={Boolean(busy)}>
          {slug ? 'Save draft' : 'Create draft'}
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          onClick={validate}
          disabled={!slug || Boolean(busy)}
          title={slug ? undefined : 'Create the draft first'}
        >
          Validate
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={publish}
          disabled={!canPublish || Boolean(busy)}
          aria-describedby="publish-hint"
        >
          Publish
        </button>
        <span id="publish-hint" className="field__hint" aria-live="polite">
          {busy ??
            status ??
            (canPublish || published
              ? ''
              : 'Publishing needs a passing validation of the saved draft.')}
        </span>
      </div>
      <FormError message={error} />
      {validation ? <ValidationResult report={validation} /> : null}

      <StatementEditor value={files['problem.md']} onChange={(v) => edit('problem.md', v)} />
      <CodeFilesEditor files={files} onChange={edit} />
      <section className="author-section author-section--split" aria-label="Cases and rubric">
        <JsonFileEditor
          id="tests-json"
          label="tests.json"
          value={files['tests.json']}
          onChange={(v) => edit('tests.json', v)}
          hints={testsHints}
          description='{"cases":[{"name","args":[…],"expected","visible","tolerance"?}]}; a script case has "language","script","expectedOutput". NaN and the infinities are written {"$number":"NaN"}, "Infinity", "-Infinity". Hidden cases never reach a candidate.'
        />
        <JsonFileEditor
          id="rubric-json"
          label="rubric.json"
          value={files['rubric.json']}
          onChange={(v) => edit('rubric.json', v)}
          hints={rubricHints}
          description='{"criteria":[{"id","title","weight","description","concepts":[…]}],"referenceExplanation"}; weights sum to 1.'
        />
      </section>
      <section className="author-section" aria-labelledby="hints-title">
        <h2 id="hints-title">Hints</h2>
        <div className="field">
          <label htmlFor="hints-md">hints.md</label>
          <textarea
            id="hints-md"
            className="textarea textarea--code"
            rows={8}
            value={files['hints.md']}
            onChange={(e) => edit('hints.md', e.target.value)}
          />
          <p className="field__hint">Progressive hints, one “## Hint N” section each.</p>
        </div>
      </section>
    </div>
  )
}

export default function ProblemEditorPage() {
  const { slug } = useParams()
  return (
    <RequireRole roles={['instructor']} what="authoring">
      <ProblemEditor key={slug ?? 'new'} slug={slug ?? null} />
    </RequireRole>
  )
}
