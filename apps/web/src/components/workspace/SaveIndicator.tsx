// "Saved / Saving… / Offline": the state of both autosaves at a glance, announced politely.
import type { SaveState } from '../../lib/autosaver.ts'

const RANK: Record<SaveState['kind'], number> = {
  saved: 0,
  saving: 1,
  offline: 2,
  error: 3,
  conflict: 4,
}

export function combineSaveStates(states: SaveState[]): SaveState {
  return states.reduce<SaveState>((worst, s) => (RANK[s.kind] > RANK[worst.kind] ? s : worst), {
    kind: 'saved',
  })
}

export function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'offline'
          ? 'Offline'
          : state.kind === 'conflict'
            ? 'Changed in another tab'
            : 'Not saved'
  const detail =
    state.kind === 'offline'
      ? 'The server cannot be reached. Your work is kept on this device and syncs when it is back.'
      : state.kind === 'error'
        ? state.message
        : state.kind === 'saved'
          ? 'All changes are saved to your account.'
          : undefined
  return (
    <p
      className={`save-indicator save-indicator--${state.kind}`}
      role="status"
      aria-live="polite"
      title={detail}
      data-testid="save-indicator"
    >
      <span className="save-indicator__dot" aria-hidden="true" />
      <span>{text}</span>
      {state.kind === 'offline' ? (
        <span className="save-indicator__detail">· kept on this device</span>
      ) : null}
    </p>
  )
}
