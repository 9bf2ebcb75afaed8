// A read-only code view built on the editor wrapper: it blocks edits, marks the lines a snapshot
// changed, and reports which line was clicked. The wrapper exposes an editable editor only, so
// read-only, line marks and clicks are done here on Monaco's rendered DOM (.view-line, the
// line-number rows), which Monaco re-renders while scrolling; a MutationObserver re-marks it.
import type { Language } from '@pairwise/shared'
import type { EditorTheme } from '../editor/monaco.ts'

export interface CodeViewer {
  show(code: string, marks: { changed: Set<number>; pinned: number | null }): void
  setTheme(theme: EditorTheme): void
  dispose(): void
}

const NAVIGATION_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Shift',
  'Control',
  'Alt',
  'Meta',
])
const ALLOWED_WITH_MODIFIER = new Set(['c', 'a', 'f', 'g'])

const inFindWidget = (target: EventTarget | null) =>
  target instanceof Element && target.closest('.find-widget') !== null

function lineOfRow(row: Element): number | null {
  const n = Number.parseInt(row.textContent?.trim() ?? '', 10)
  return Number.isFinite(n) ? n : null
}

export async function mountCodeViewer(
  container: HTMLElement,
  init: { code: string; language: Language; theme: EditorTheme; label: string },
  onLineClick: (line: number) => void,
): Promise<CodeViewer> {
  const monaco = await import('../editor/monaco.ts')
  let shown = init.code
  let marks: { changed: Set<number>; pinned: number | null } = { changed: new Set(), pinned: null }
  const editor = monaco.createCodeEditor(
    container,
    { value: init.code, language: init.language, theme: init.theme, label: init.label },
    {
      // Anything that slipped past the guards below is undone at once.
      onChange: (code) => {
        if (code !== shown) queueMicrotask(() => editor.replaceAll(shown))
      },
      onPaste: () => {},
      onRun: () => {},
      onSubmit: () => {},
    },
  )

  const guardKey = (event: KeyboardEvent) => {
    if (inFindWidget(event.target)) return
    if (event.key === 'Tab') {
      // Tab leaves the viewer instead of indenting: keyboard users are not trapped.
      event.stopPropagation()
      return
    }
    if (NAVIGATION_KEYS.has(event.key) && !event.altKey) return
    if ((event.ctrlKey || event.metaKey) && ALLOWED_WITH_MODIFIER.has(event.key.toLowerCase())) {
      return
    }
    event.preventDefault()
    event.stopPropagation()
  }
  const guardEdit = (event: Event) => {
    if (inFindWidget(event.target)) return
    event.preventDefault()
    event.stopPropagation()
  }
  const rowsByTop = () => {
    const rows = new Map<string, number>()
    for (const row of container.querySelectorAll('.margin-view-overlays > div')) {
      const line = lineOfRow(row)
      if (line !== null && row instanceof HTMLElement) rows.set(row.style.top, line)
    }
    return rows
  }
  const clickLine = (event: MouseEvent) => {
    if (inFindWidget(event.target)) return
    for (const row of container.querySelectorAll('.margin-view-overlays > div')) {
      const rect = row.getBoundingClientRect()
      if (event.clientY >= rect.top && event.clientY < rect.bottom) {
        const line = lineOfRow(row)
        if (line !== null) onLineClick(line)
        return
      }
    }
  }

  let frame = 0
  const paint = () => {
    frame = 0
    const rows = rowsByTop()
    const mark = (el: HTMLElement, line: number | undefined) => {
      const changed = line !== undefined && marks.changed.has(line)
      const pinned = line !== undefined && marks.pinned === line
      if (changed) el.dataset.changed = 'true'
      else delete el.dataset.changed
      if (pinned) el.dataset.pinned = 'true'
      else delete el.dataset.pinned
    }
    for (const el of container.querySelectorAll<HTMLElement>('.view-line')) {
      mark(el, rows.get(el.style.top))
    }
    for (const el of container.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
      mark(el, lineOfRow(el) ?? undefined)
    }
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(paint)
  }
  const observer = new MutationObserver(schedule)
  observer.observe(container, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style'],
  })

  container.addEventListener('keydown', guardKey, true)
  for (const type of ['beforeinput', 'paste', 'cut', 'drop'] as const) {
    container.addEventListener(type, guardEdit, true)
  }
  container.addEventListener('click', clickLine)
  schedule()

  return {
    show(code, nextMarks) {
      marks = nextMarks
      if (code !== shown) {
        shown = code
        editor.replaceAll(code)
      }
      schedule()
    },
    setTheme: (theme) => editor.setTheme(theme),
    dispose() {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
      container.removeEventListener('keydown', guardKey, true)
      for (const type of ['beforeinput', 'paste', 'cut', 'drop'] as const) {
        container.removeEventListener(type, guardEdit, true)
      }
      container.removeEventListener('click', clickLine)
      editor.dispose()
    },
  }
}
