// The code editor pane: loads Monaco on demand (with visible progress) and hands its API up.
import { useEffect, useRef, useState } from 'react'
import type { Language } from '@pairwise/shared'
import { useTheme } from '../../hooks/use-theme.ts'
import { LANGUAGE_LABELS } from '../../lib/labels.ts'
import { loadEditor } from './load-editor.ts'
import type { CodeEditorApi, EditorCallbacks } from './monaco.ts'

type LoadState =
  | { phase: 'downloading'; progress: number }
  | { phase: 'starting'; progress: number }
  | { phase: 'ready' }
  | { phase: 'failed'; message: string }

export function CodeEditor({
  initialValue,
  language,
  declarations,
  callbacks,
  onReady,
}: {
  initialValue: string
  language: Language
  /** TypeScript declarations of the problem (lib/problem-types.ts), for the type checker. */
  declarations?: string
  /** Read through a ref, so the parent may pass fresh closures on every render. */
  callbacks: EditorCallbacks
  onReady: (api: CodeEditorApi | null) => void
}) {
  const container = useRef<HTMLDivElement>(null)
  const latest = useRef({ callbacks, onReady, initialValue, declarations })
  const api = useRef<CodeEditorApi | null>(null)
  const { theme } = useTheme()
  const themeRef = useRef(theme)
  const [load, setLoad] = useState<LoadState>({ phase: 'downloading', progress: 0.1 })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    latest.current = { callbacks, onReady, initialValue, declarations }
    themeRef.current = theme
  })

  useEffect(() => {
    let cancelled = false
    // Downloading is the long part; creep towards 80 % while it lasts so the bar is honest-ish.
    const creep = setInterval(() => {
      setLoad((s) =>
        s.phase === 'downloading' ? { ...s, progress: s.progress + (0.8 - s.progress) * 0.15 } : s,
      )
    }, 120)
    loadEditor()
      .then((monaco) => {
        clearInterval(creep)
        if (cancelled || !container.current) return
        setLoad({ phase: 'starting', progress: 0.9 })
        const forward: EditorCallbacks = {
          onChange: (code) => latest.current.callbacks.onChange(code),
          onPaste: (paste) => latest.current.callbacks.onPaste(paste),
          onRun: () => latest.current.callbacks.onRun(),
          onSubmit: () => latest.current.callbacks.onSubmit(),
          onSave: () => latest.current.callbacks.onSave(),
        }
        const editor = monaco.createCodeEditor(
          container.current,
          {
            value: latest.current.initialValue,
            language,
            theme: themeRef.current,
            label: `Code editor, ${LANGUAGE_LABELS[language]}`,
            ...(latest.current.declarations ? { declarations: latest.current.declarations } : {}),
          },
          forward,
        )
        api.current = editor
        setLoad({ phase: 'ready' })
        performance.mark('workspace-editor-ready')
        latest.current.onReady(editor)
      })
      .catch((err: unknown) => {
        clearInterval(creep)
        if (cancelled) return
        const message = err instanceof Error ? err.message : String(err)
        setLoad({ phase: 'failed', message })
      })
    return () => {
      cancelled = true
      clearInterval(creep)
      api.current?.dispose()
      api.current = null
      latest.current.onReady(null)
    }
  }, [language, attempt])

  useEffect(() => {
    api.current?.setTheme(theme)
  }, [theme])

  return (
    <div className="code-editor">
      <div ref={container} className="code-editor__surface" data-testid="code-editor" />
      {load.phase === 'ready' ? null : (
        <div className="code-editor__overlay">
          {load.phase === 'failed' ? (
            <div className="code-editor__failed" role="alert">
              <p>The editor could not load: {load.message}</p>
              <button
                type="button"
                className="btn btn--ghost btn--sm"
                onClick={() => {
                  setLoad({ phase: 'downloading', progress: 0.1 })
                  setAttempt((n) => n + 1)
                }}
              >
                Try again
              </button>
            </div>
          ) : (
            <div className="code-editor__loading" role="status">
              <span>
                {load.phase === 'downloading' ? 'Loading the editor…' : 'Starting the editor…'}
              </span>
              <progress
                className="progress"
                max={100}
                value={Math.round(load.progress * 100)}
                aria-label="Editor loading progress"
              />
            </div>
          )}
        </div>
      )}
    </div>
  )
}
