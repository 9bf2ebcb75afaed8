// The code as it was at the selected moment, read-only in Monaco (loaded on demand), with the
// lines the latest snapshot changed marked, and a click on a line to pin a comment to it.
import { useEffect, useRef, useState } from 'react'
import type { Language } from '@pairwise/shared'
import { useTheme } from '../../hooks/use-theme.ts'
import type { CodeViewer } from './code-viewer.ts'
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
  const viewer = useRef<CodeViewer | null>(null)
  const { theme } = useTheme()
  const latest = useRef({ code, change, pinnedLine, onLineClick, theme })
  const [state, setState] = useState<'loading' | 'ready' | string>('loading')

  useEffect(() => {
    latest.current = { code, change, pinnedLine, onLineClick, theme }
  })

  useEffect(() => {
    let cancelled = false
    let mounted: CodeViewer | null = null
    import('./code-viewer.ts')
      .then(({ mountCodeViewer }) => {
        if (cancelled || !surface.current) return null
        return mountCodeViewer(
          surface.current,
          {
            code: latest.current.code,
            language,
            theme: latest.current.theme,
            label: 'Code at the selected moment (read-only)',
          },
          (line) => latest.current.onLineClick(line),
        )
      })
      .then((created) => {
        if (!created) return
        if (cancelled) {
          created.dispose()
          return
        }
        mounted = created
        viewer.current = created
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

  useEffect(() => {
    viewer.current?.show(code, { changed: change.changed, pinned: pinnedLine })
  }, [code, change, pinnedLine, state])

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
