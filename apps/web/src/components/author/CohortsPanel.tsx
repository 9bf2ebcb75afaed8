// Cohorts: create one, and invite candidates and mentors to it by email; each must accept.
import { useEffect, useState } from 'react'
import { addCohortMember, createCohort, listCohorts, removeCohortMember } from '../../api.ts'
import type { Cohort } from '../../api.ts'
import { ConfirmDialog } from '../ConfirmDialog.tsx'
import { FormError } from '../FormError.tsx'

const INVITATION_STATUS: Record<Cohort['invitations'][number]['status'], string> = {
  pending: 'invited, not yet answered',
  accepted: 'accepted',
  declined: 'declined',
  left: 'left the cohort',
}

function AddMember({ cohort, onAdded }: { cohort: Cohort; onAdded: () => void }) {
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<'candidate' | 'mentor'>('candidate')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = `cohort-${cohort.id}`

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await addCohortMember(cohort.id, { email: email.trim(), role })
      setEmail('')
      onAdded()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Invite to ${cohort.name}`}>
      <div className="field">
        <label htmlFor={`${id}-email`}>Member email</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field select-field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value === 'mentor' ? 'mentor' : 'candidate')}
        >
          <option value="candidate">Candidate</option>
          <option value="mentor">Mentor</option>
        </select>
      </div>
      <button type="submit" className="btn btn--ghost btn--sm" disabled={busy}>
        Invite
      </button>
      <FormError message={error} />
    </form>
  )
}

type Member = Cohort['members'][number]

export function CohortsPanel() {
  const [cohorts, setCohorts] = useState<Cohort[] | null>(null)
  const [removing, setRemoving] = useState<{ cohort: Cohort; member: Member } | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    listCohorts(controller.signal)
      .then(setCohorts)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [reload])

  const create = async (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      await createCohort(name.trim())
      setName('')
      setReload((n) => n + 1)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <section className="author-panel" aria-labelledby="cohorts-title">
      <h2 id="cohorts-title">Cohorts</h2>
      <form className="inline-form" onSubmit={create}>
        <div className="field">
          <label htmlFor="cohort-name">Cohort name</label>
          <input id="cohort-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--primary btn--sm">
          Create cohort
        </button>
      </form>
      <FormError message={error} />
      {cohorts?.length === 0 ? <p className="muted">No cohorts yet.</p> : null}
      <ul className="author-list">
        {cohorts?.map((c) => (
          <li key={c.id} className="author-list__item cohort">
            <h3>{c.name}</h3>
            {c.members.length ? (
              <ul className="cohort__members" aria-label={`Members of ${c.name}`}>
                {c.members.map((m) => (
                  <li key={`${m.id}-${m.role}`}>
                    {m.name} <span className="muted">{m.email}</span>{' '}
                    <span className="pill pill--muted">{m.role}</span>{' '}
                    <button
                      type="button"
                      className="btn btn--ghost btn--xs"
                      aria-label={`Remove ${m.name} from ${c.name}`}
                      onClick={() => setRemoving({ cohort: c, member: m })}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted cell-small">No members yet.</p>
            )}
            {c.invitations.length ? (
              <ul className="cohort__members" aria-label={`Invitations to ${c.name}`}>
                {c.invitations.map((i) => (
                  <li key={`${i.email}-${i.role}`}>
                    {i.email} <span className="pill pill--muted">{i.role}</span>{' '}
                    <span className="muted">{INVITATION_STATUS[i.status]}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <AddMember cohort={c} onAdded={() => setReload((n) => n + 1)} />
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.member.name ?? ''} from ${removing?.cohort.name ?? ''}?`}
        message={
          removing?.member.role === 'mentor'
            ? 'They stop seeing the sessions of this cohort in their review queue.'
            : "The cohort's mentors stop seeing their sessions. Their comments and scores stay."
        }
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing
          setRemoving(null)
          if (!target) return
          removeCohortMember(target.cohort.id, target.member.id)
            .then(() => setReload((n) => n + 1))
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
        }}
      />
    </section>
  )
}
