// The mentor's correction of the total, and optionally of single criteria: numbers and a required
// reason, recorded beside the automatic score (which it never replaces).
import { useState } from 'react'
import type { CriterionScore, ScoreOverride } from '@pairwise/shared'
import { overrideScore } from '../../api.ts'
import { FormError } from '../FormError.tsx'

const MIN_REASON = 10

// Two decimals show a criterion's maximum exactly (9, 6.75) where one would round it past itself.
const formatPoints = (n: number) => String(Math.round(n * 100) / 100)
// Typing the maximum as shown is accepted even when the float behind it is a hair smaller.
const TOLERANCE = 0.005

/**
 * The criterion points the mentor filled in, on each criterion's own 0..max scale; empty inputs
 * are left out. An error names the first criterion that is out of range.
 */
function parseCriterionPoints(
  criteria: readonly CriterionScore[],
  entered: Readonly<Record<string, string>>,
): { points: Record<string, number> } | { error: string } {
  const given: Record<string, number> = {}
  for (const c of criteria) {
    const text = entered[c.id]?.trim() ?? ''
    if (text === '') continue
    const value = Number(text)
    if (!Number.isFinite(value) || value < 0 || value > c.max + TOLERANCE) {
      return {
        error: `${c.title}: give points from 0 to ${formatPoints(c.max)}, or leave it empty.`,
      }
    }
    given[c.id] = Math.min(value, c.max)
  }
  return { points: given }
}

export function OverrideForm({
  sessionId,
  automaticTotal,
  criteria,
  onOverridden,
}: {
  sessionId: string
  automaticTotal: number
  /** The automatic report's criteria, each of which the mentor may correct too. */
  criteria: readonly CriterionScore[]
  onOverridden: (override: ScoreOverride) => void
}) {
  const [total, setTotal] = useState(String(Math.round(automaticTotal)))
  const [criterionPoints, setCriterionPoints] = useState<Record<string, string>>({})
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const value = Number(total)
    if (total.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      setError('The corrected total is a number from 0 to 100.')
      return
    }
    const parsed = parseCriterionPoints(criteria, criterionPoints)
    if ('error' in parsed) {
      setError(parsed.error)
      return
    }
    if (reason.trim().length < MIN_REASON) {
      setError(`Give a reason of at least ${MIN_REASON} characters.`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const score = await overrideScore(sessionId, {
        total: value,
        reason: reason.trim(),
        ...(Object.keys(parsed.points).length ? { criteria: parsed.points } : {}),
      })
      onOverridden(score.override)
      setReason('')
      setCriterionPoints({})
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not record the override.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form override-form" onSubmit={submit} aria-labelledby="override-title">
      <h2 id="override-title" className="section-title">
        Override the score
      </h2>
      <div className="field">
        <label htmlFor="override-total">Corrected total</label>
        <input
          id="override-total"
          type="number"
          min={0}
          max={100}
          step={1}
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          required
        />
      </div>
      {criteria.length ? (
        <fieldset className="fieldset" aria-describedby="override-criteria-hint">
          <legend>Criteria (optional)</legend>
          <p id="override-criteria-hint" className="field__hint">
            Points on each criterion’s own scale; leave the ones you do not correct empty.
          </p>
          {criteria.map((c) => {
            const inputId = `override-criterion-${c.id}`
            return (
              <div key={c.id} className="override-form__criterion">
                <label htmlFor={inputId}>{c.title}</label>
                <input
                  id={inputId}
                  // Text, not number: a number input reports a typo as empty, which would
                  // silently drop the criterion instead of saying what is wrong.
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={criterionPoints[c.id] ?? ''}
                  onChange={(e) => setCriterionPoints((p) => ({ ...p, [c.id]: e.target.value }))}
                  aria-describedby={`${inputId}-automatic`}
                />
                <span id={`${inputId}-automatic`} className="override-form__automatic">
                  of {formatPoints(c.max)} · automatic {formatPoints(c.score)}
                </span>
              </div>
            )
          })}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor="override-reason">Reason</label>
        <textarea
          id="override-reason"
          className="textarea"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          aria-describedby="override-reason-hint"
        />
        <span id="override-reason-hint" className="field__hint">
          Required, at least {MIN_REASON} characters. The automatic score stays on record.
        </span>
      </div>
      <FormError message={error} />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? 'Recording…' : 'Override score'}
      </button>
    </form>
  )
}
