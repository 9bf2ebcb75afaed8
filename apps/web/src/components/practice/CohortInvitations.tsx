// On My practice: cohort invitations to accept or decline, and the cohorts one belongs to, with a
// way to leave. Mentors of a cohort see a candidate's sessions only once they accepted.
import { useEffect, useState } from 'react'
import { answerInvitation, leaveCohort, listInvitations, type Inbox } from '../../api.ts'
import { FormError } from '../FormError.tsx'

const ROLE_TEXT = {
  candidate: 'its mentors and its instructor will see the sessions you start from now on',
  mentor: "you will review its candidates' sessions",
} as const

export function CohortInvitations() {
  const [inbox, setInbox] = useState<Inbox | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    listInvitations(controller.signal)
      .then(setInbox)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      })
    return () => controller.abort()
  }, [reload])

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
      setReload((n) => n + 1)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  if (!inbox || (inbox.invitations.length === 0 && inbox.memberships.length === 0)) {
    return error ? <FormError message={error} /> : null
  }
  return (
    <section className="cohort-inbox" aria-labelledby="cohort-inbox-title">
      <h2 id="cohort-inbox-title">Cohorts</h2>
      {inbox.invitations.length > 0 ? (
        <ul className="cohort-inbox__list" aria-label="Cohort invitations">
          {inbox.invitations.map((invitation) => (
            <li key={invitation.id} className="notice cohort-inbox__invitation">
              <span>
                <strong>{invitation.invitedBy}</strong> invites you to{' '}
                <strong>{invitation.cohortName}</strong> as a {invitation.role}: if you accept,{' '}
                {ROLE_TEXT[invitation.role]}.
              </span>
              <span className="cohort-inbox__actions">
                <button
                  type="button"
                  className="btn btn--primary btn--sm"
                  disabled={busy}
                  aria-label={`Accept the invitation to ${invitation.cohortName}`}
                  onClick={() => act(() => answerInvitation(invitation.id, true))}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  disabled={busy}
                  aria-label={`Decline the invitation to ${invitation.cohortName}`}
                  onClick={() => act(() => answerInvitation(invitation.id, false))}
                >
                  Decline
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {inbox.memberships.length > 0 ? (
        <ul className="cohort-inbox__list" aria-label="Your cohorts">
          {inbox.memberships.map((membership) => (
            <li key={`${membership.cohortId}-${membership.role}`} className="cohort-inbox__member">
              <span>
                <strong>{membership.cohortName}</strong>{' '}
                <span className="pill pill--muted">{membership.role}</span>{' '}
                <span className="muted">
                  since {new Date(membership.joinedAt).toLocaleDateString()}
                </span>
              </span>
              <button
                type="button"
                className="btn btn--ghost btn--sm"
                disabled={busy}
                aria-label={`Leave ${membership.cohortName}`}
                onClick={() => act(() => leaveCohort(membership.cohortId))}
              >
                Leave
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FormError message={error} />
    </section>
  )
}
