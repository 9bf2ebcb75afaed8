// "Share with a mentor": creates a share link for the candidate's session and offers to copy it.
import { useState } from 'react'
import { shareSession } from '../../api.ts'
import '../../styles/review.css'

export function ShareButton({ sessionId }: { sessionId: string }) {
  const [link, setLink] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)

  const share = async () => {
    setBusy(true)
    setStatus(null)
    try {
      const { path, expiresInDays } = await shareSession(sessionId)
      setLink(`${window.location.origin}${path}`)
      setStatus(
        `Anyone with a mentor account and this link can review it for ${expiresInDays} days.`,
      )
    } catch (err) {
      setStatus(err instanceof Error ? err.message : 'Could not create a share link.')
    } finally {
      setBusy(false)
    }
  }

  const copy = async () => {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link)
      setStatus('Link copied.')
    } catch {
      setStatus('Copying was blocked; select the link and copy it yourself.')
    }
  }

  return (
    <div className="share-session">
      <button type="button" className="btn btn--ghost btn--sm" onClick={share} disabled={busy}>
        {busy ? 'Creating link…' : 'Share with a mentor'}
      </button>
      {link ? (
        <div className="share-session__link">
          <input
            readOnly
            value={link}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="btn btn--primary btn--sm" onClick={copy}>
            Copy link
          </button>
        </div>
      ) : null}
      <p className="share-session__status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
