// Banners for autosave states that need the user: a conflict with another tab (choose a
// version, never overwritten silently) and a refused save (too large, signed out, …).
import type { SaveState } from '../../lib/autosaver.ts'

export function SaveProblems({
  what,
  state,
  onKeepMine,
  onTakeTheirs,
}: {
  what: 'code' | 'explanation'
  state: SaveState
  onKeepMine: () => void
  onTakeTheirs: () => void
}) {
  if (state.kind === 'conflict') {
    return (
      <div className="banner banner--warning" role="alert">
        <p>
          <strong>Your {what} was changed in another tab</strong> (or on another device) after this
          tab last saved. Nothing has been overwritten. Which version do you want to keep?
        </p>
        <div className="banner__actions">
          <button type="button" className="btn btn--ghost btn--sm" onClick={onTakeTheirs}>
            Reload theirs
          </button>
          <button type="button" className="btn btn--primary btn--sm" onClick={onKeepMine}>
            Keep mine
          </button>
        </div>
      </div>
    )
  }
  if (state.kind === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        <p>
          <strong>Your {what} could not be saved.</strong> {state.message} It is kept on this device
          meanwhile.
        </p>
      </div>
    )
  }
  return null
}
