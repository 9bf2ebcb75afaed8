// The bar above the workspace: the problem, the language, the save state, Run and Submit.
import { Link } from 'react-router'
import type { Language } from '@pairwise/shared'
import { LANGUAGE_LABELS } from '../../lib/labels.ts'
import type { SaveState } from '../../lib/autosaver.ts'
import { SaveIndicator } from './SaveIndicator.tsx'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'

export function WorkspaceToolbar({
  title,
  slug,
  language,
  saveState,
  running,
  onRun,
  onSubmit,
  onReset,
}: {
  title: string
  slug: string
  language: Language
  saveState: SaveState
  running: 'run' | 'submit' | null
  onRun: () => void
  onSubmit: () => void
  /** Asks to put the starter code back; absent when there is no starter. */
  onReset: (() => void) | undefined
}) {
  return (
    <div className="ws-toolbar">
      <div className="ws-toolbar__title">
        <Link to={`/problems/${encodeURIComponent(slug)}`} className="ws-toolbar__problem">
          {title}
        </Link>
        <span className="tag">{LANGUAGE_LABELS[language]}</span>
      </div>
      <SaveIndicator state={saveState} />
      <div className="ws-toolbar__actions">
        {onReset ? (
          <button
            type="button"
            className="btn btn--ghost btn--sm ws-toolbar__reset"
            onClick={onReset}
            disabled={running !== null}
            title="Replace your code with the starter code (asks first)"
          >
            Reset to starter
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn--ghost"
          onClick={onRun}
          disabled={running !== null}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={`Run the examples (${MOD}+Enter)`}
        >
          {running === 'run' ? (
            <span className="spinner" aria-hidden="true" />
          ) : (
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M3 1.5v9l7-4.5z" fill="currentColor" />
            </svg>
          )}
          Run
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={onSubmit}
          disabled={running !== null}
          aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
          title={`Run every test, hidden ones too (${MOD}+Shift+Enter)`}
        >
          {running === 'submit' ? (
            <span className="spinner spinner--on-accent" aria-hidden="true" />
          ) : null}
          Submit
        </button>
      </div>
    </div>
  )
}
