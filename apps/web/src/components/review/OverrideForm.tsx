// The mentor's correction of the total: a number and a required reason, recorded beside the
// automatic score (which it never replaces).
import { useState } from 'react'
import type { ScoreOverride } from '@pairwise/shared'
import { overrideScore } from '../../api.ts'
import { FormError } from '../FormError.tsx'

const MIN_REASON = 10

export function OverrideForm({
  sessionId,
  automaticTotal,
  onOverridden,
}: {
  sessionId: string
  automaticTotal: number
  onOverridden: (override: ScoreOverride) => void
}) {
  const [total, setTotal] = useState(String(Math.round(automaticTotal)))
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
    if (reason.trim().length < MIN_REASON) {
      setError(`Give a reason of at least ${MIN_REASON} characters.`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const score = await overrideScore(sessionId, { total: value, reason: reason.trim() })
      onOverridden(score.override)
      setReason('')
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not record the override.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form override-form" onSubmit={submit} aria-labelledby="override-title">
      <h2 id="override-title" className="section-title">
        Override the total
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
