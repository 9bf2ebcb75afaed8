// The code as it was at the selected moment, read-only in Monaco (loaded on demand), with the
// lines the latest snapshot changed marked, and a click on a line to pin a comment to it.
import { useEffect, useRef, useState } from 'react'
import type { Language } from '@pairwise/shared'
import { useTheme } from '../../hooks/use-theme.ts'
import { loadEditor } from '../editor/load-editor.ts'
import type { CodeViewerApi } from '../editor/monaco.ts'
import type { LineChange } from './line-diff.ts'

export function CodeAtMoment({
  code,
  language,
  change,
  pinnedLine,
  onLineClick,
}: {
  code: string
  language: Language
  change: LineChange
  pinnedLine: number | null
  onLineClick: (line: number) => void
}) {
  const surface = useRef<HTMLDivElement>(null)
  const viewer = useRef<CodeViewerApi | null>(null)
  // The code the viewer was last scrolled for: a re-render with the same code leaves it alone.
  const revealedFor = useRef<string | null>(null)
  const { theme } = useTheme()
  const latest = useRef({ code, onLineClick, theme })
  const [state, setState] = useState<'loading' | 'ready' | string>('loading')

  useEffect(() => {
    latest.current = { code, onLineClick, theme }
  })

  useEffect(() => {
    let cancelled = false
    let mounted: CodeViewerApi | null = null
    loadEditor()
      .then(({ createCodeViewer }) => {
        if (cancelled || !surface.current) return
        mounted = createCodeViewer(surface.current, {
          value: latest.current.code,
          language,
          theme: latest.current.theme,
          label: 'Code at the selected moment (read-only)',
        })
        mounted.onLineClick((line) => latest.current.onLineClick(line))
        viewer.current = mounted
        revealedFor.current = null
        setState('ready')
      })
      .catch((err: unknown) => {
        if (!cancelled) setState(err instanceof Error ? err.message : String(err))
      })
    return () => {
      cancelled = true
      mounted?.dispose()
      viewer.current = null
    }
  }, [language])

  // A new moment: show its code and bring its first changed line into view.
  useEffect(() => {
    const current = viewer.current
    if (!current || revealedFor.current === code) return
    revealedFor.current = code
    current.setValue(code)
    const first = Math.min(...change.changed)
    if (Number.isFinite(first)) current.revealLine(first)
  }, [code, change, state])

  useEffect(() => {
    viewer.current?.setHighlights({
      changed: [...change.changed],
      pinned: pinnedLine === null ? [] : [pinnedLine],
    })
  }, [change, pinnedLine, state])

  useEffect(() => {
    viewer.current?.setTheme(theme)
  }, [theme])

  return (
    <div className="code-moment">
      <div ref={surface} className="code-moment__surface" data-testid="replay-code" />
      {state === 'ready' ? null : (
        <div className="code-moment__overlay" role="status">
          {state === 'loading' ? 'Loading the editor…' : `The editor could not load: ${state}`}
        </div>
      )}
    </div>
  )
}
