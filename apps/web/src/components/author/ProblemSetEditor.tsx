// Creates or edits a problem set: library problems in order (up/down), the assistant policy,
// the score weights, and who sees it once published (everyone, or one of the instructor's cohorts).
import { useEffect, useState } from 'react'
import {
  ASSISTANT_POLICIES,
  DEFAULT_SCORE_WEIGHTS,
  type AssistantPolicy,
  type ProblemSummary,
  type ScoreWeights,
} from '@pairwise/shared'
import { createProblemSet, listCohorts, updateProblemSet } from '../../api.ts'
import type { Cohort, ProblemSet } from '../../api.ts'
import { FormError } from '../FormError.tsx'

const WEIGHT_LABELS: Record<keyof ScoreWeights, string> = {
  explanation: 'Explanation',
  correctness: 'Correctness',
  consistency: 'Consistency',
  collaboration: 'AI collaboration',
}
const POLICY_LABELS: Record<AssistantPolicy, string> = {
  coach: 'Coach (hints, no solutions)',
  pair: 'Pair (writes code with you)',
  interviewer: 'Interviewer (asks questions back)',
}

export function ProblemSetEditor({
  library,
  existing,
  onSaved,
  onCancel,
}: {
  library: ProblemSummary[]
  existing?: ProblemSet
  onSaved: (set: ProblemSet) => void
  onCancel?: () => void
}) {
  const [title, setTitle] = useState(existing?.title ?? '')
  const [slugs, setSlugs] = useState<string[]>(existing?.problems.map((p) => p.slug) ?? [])
  const [adding, setAdding] = useState('')
  const [policy, setPolicy] = useState<AssistantPolicy | ''>(existing?.assistant ?? '')
  const [weights, setWeights] = useState<ScoreWeights>(existing?.weights ?? DEFAULT_SCORE_WEIGHTS)
  const [cohortId, setCohortId] = useState(existing?.cohort?.id ?? '')
  const [cohorts, setCohorts] = useState<Cohort[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    listCohorts(controller.signal)
      .then(setCohorts)
      .catch(() => {
        // Without the list the set stays open to everyone, which the select then shows.
      })
    return () => controller.abort()
  }, [])
  const prefix = existing ? `set-${existing.id}` : 'new-set'
  const titleOf = (slug: string) => library.find((p) => p.slug === slug)?.title ?? slug

  const move = (i: number, by: -1 | 1) =>
    setSlugs((list) => {
      const next = [...list]
      const j = i + by
      const a = next[i]
      const b = next[j]
      if (a === undefined || b === undefined) return list
      next[i] = b
      next[j] = a
      return next
    })

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    if (slugs.length === 0) {
      setError('Add at least one problem.')
      return
    }
    setBusy(true)
    setError(null)
    const input = {
      title: title.trim(),
      problemSlugs: slugs,
      weights,
      ...(policy ? { assistant: policy } : {}),
      ...(existing?.postingId ? { postingId: existing.postingId } : {}),
      cohortId: cohortId || null,
    }
    try {
      const set = existing
        ? await updateProblemSet(existing.id, input)
        : await createProblemSet(input)
      if (set) onSaved(set)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form set-editor" onSubmit={save}>
      <div className="field">
        <label htmlFor={`${prefix}-title`}>Set title</label>
        <input
          id={`${prefix}-title`}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <fieldset className="fieldset set-editor__problems">
        <legend>Problems, in order</legend>
        <ol className="set-editor__order">
          {slugs.map((slug, i) => (
            <li key={slug}>
              <span>{titleOf(slug)}</span>
              <span className="set-editor__order-actions">
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move ${titleOf(slug)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => move(i, 1)}
                  disabled={i === slugs.length - 1}
                  aria-label={`Move ${titleOf(slug)} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => setSlugs((l) => l.filter((s) => s !== slug))}
                  aria-label={`Remove ${titleOf(slug)}`}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <div className="inline-form">
          <div className="field select-field">
            <label htmlFor={`${prefix}-add`}>Library problem</label>
            <select id={`${prefix}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a problem…</option>
              {library
                .filter((p) => !slugs.includes(p.slug))
                .map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.title}
                  </option>
                ))}
            </select>
          </div>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            disabled={!adding}
            onClick={() => {
              setSlugs((l) => [...l, adding])
              setAdding('')
            }}
          >
            Add problem
          </button>
        </div>
      </fieldset>
      <div className="field select-field">
        <label htmlFor={`${prefix}-policy`}>Assistant policy</label>
        <select
          id={`${prefix}-policy`}
          value={policy}
          onChange={(e) => setPolicy(ASSISTANT_POLICIES.find((p) => p === e.target.value) ?? '')}
        >
          <option value="">Each problem's own policy</option>
          {ASSISTANT_POLICIES.map((p) => (
            <option key={p} value={p}>
              {POLICY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field select-field">
        <label htmlFor={`${prefix}-cohort`}>Who sees it once published</label>
        <select
          id={`${prefix}-cohort`}
          value={cohortId}
          onChange={(e) => setCohortId(e.target.value)}
        >
          <option value="">Everyone</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              Only the cohort {c.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset set-editor__weights">
        <legend>Score weights</legend>
        {(Object.keys(WEIGHT_LABELS) as (keyof ScoreWeights)[]).map((k) => (
          <div className="field" key={k}>
            <label htmlFor={`${prefix}-w-${k}`}>{WEIGHT_LABELS[k]}</label>
            <input
              id={`${prefix}-w-${k}`}
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={weights[k]}
              onChange={(e) => setWeights((w) => ({ ...w, [k]: Number(e.target.value) || 0 }))}
            />
          </div>
        ))}
        <p className="field__hint">
          Sum: {Math.round(Object.values(weights).reduce((s, v) => s + v, 0) * 100) / 100}. They are
          relative: they need not add up to 1.
        </p>
      </fieldset>
      <FormError message={error} />
      <div className="set-editor__actions">
        {onCancel ? (
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {existing ? 'Save set' : 'Create set'}
        </button>
      </div>
    </form>
  )
}
