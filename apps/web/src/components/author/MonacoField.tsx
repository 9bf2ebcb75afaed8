// An editable code file in Monaco, loaded on demand through the editor wrapper.
import { useEffect, useRef, useState } from 'react'
import type { Language } from '@pairwise/shared'
import { useTheme } from '../../hooks/use-theme.ts'
import { loadEditor } from '../editor/load-editor.ts'
import type { CodeEditorApi } from '../editor/monaco.ts'

export function MonacoField({
  value,
  language,
  label,
  onChange,
}: {
  /** Read when the editor mounts; remount (change the key) to load another file. */
  value: string
  language: Language
  label: string
  onChange: (value: string) => void
}) {
  const surface = useRef<HTMLDivElement>(null)
  const editor = useRef<CodeEditorApi | null>(null)
  const latest = useRef({ value, onChange })
  const { theme } = useTheme()
  const themeRef = useRef(theme)
  const [state, setState] = useState<'loading' | 'ready' | string>('loading')

  useEffect(() => {
    latest.current = { value, onChange }
    themeRef.current = theme
  })

  useEffect(() => {
    let cancelled = false
    loadEditor()
      .then((monaco) => {
        if (cancelled || !surface.current) return
        editor.current = monaco.createCodeEditor(
          surface.current,
          { value: latest.current.value, language, theme: themeRef.current, label },
          {
            onChange: (code) => latest.current.onChange(code),
            onPaste: () => {},
            onRun: () => {},
            onSubmit: () => {},
            onSave: () => {},
          },
        )
        setState('ready')
      })
      .catch((err: unknown) => {
        if (!cancelled) setState(err instanceof Error ? err.message : String(err))
      })
    return () => {
      cancelled = true
      editor.current?.dispose()
      editor.current = null
    }
  }, [language, label])

  useEffect(() => {
    editor.current?.setTheme(theme)
  }, [theme])

  return (
    <div className="code-moment author-code">
      <div ref={surface} className="code-moment__surface" />
      {state === 'ready' ? null : (
        <div className="code-moment__overlay" role="status">
          {state === 'loading' ? 'Loading the editor…' : `The editor could not load: ${state}`}
        </div>
      )}
    </div>
  )
}
