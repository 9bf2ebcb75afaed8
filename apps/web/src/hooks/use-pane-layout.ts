// The workspace's pane sizes (percentages), kept per user in localStorage.
import { useCallback, useEffect, useState } from 'react'

export interface PaneLayout {
  /** Width of the statement/explanation column, % of the workspace. */
  left: number
  /** Width of the assistant column, % of the workspace. */
  right: number
  /** Height of the editor, % of the centre column (the results take the rest). */
  editor: number
}

export const DEFAULT_LAYOUT: PaneLayout = { left: 30, right: 27, editor: 64 }

export const PANE_LIMITS = {
  left: { min: 16, max: 50 },
  right: { min: 18, max: 45 },
  editor: { min: 20, max: 88 },
  /** The editor column never gets narrower than this. */
  centre: 26,
} as const

const storageKey = (userId: string) => `pairwise-layout:${userId}`

function clampLayout(layout: PaneLayout): PaneLayout {
  const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v))
  const left = clamp(layout.left, PANE_LIMITS.left.min, PANE_LIMITS.left.max)
  const right = clamp(
    layout.right,
    PANE_LIMITS.right.min,
    Math.min(PANE_LIMITS.right.max, 100 - left - PANE_LIMITS.centre),
  )
  const editor = clamp(layout.editor, PANE_LIMITS.editor.min, PANE_LIMITS.editor.max)
  return { left, right, editor }
}

function readLayout(userId: string): PaneLayout {
  try {
    const raw = window.localStorage.getItem(storageKey(userId))
    if (!raw) return DEFAULT_LAYOUT
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_LAYOUT
    const pick = (name: keyof PaneLayout) => {
      const value: unknown = (parsed as Record<string, unknown>)[name]
      return typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_LAYOUT[name]
    }
    return clampLayout({ left: pick('left'), right: pick('right'), editor: pick('editor') })
  } catch {
    return DEFAULT_LAYOUT
  }
}

export function usePaneLayout(userId: string) {
  const [layout, setLayout] = useState<PaneLayout>(() => readLayout(userId))

  useEffect(() => {
    // Saved a moment after the last change, not on every pixel of a drag.
    const timer = setTimeout(() => {
      try {
        window.localStorage.setItem(storageKey(userId), JSON.stringify(layout))
      } catch {
        // Without storage the layout lasts for this visit.
      }
    }, 250)
    return () => clearTimeout(timer)
  }, [layout, userId])

  const resize = useCallback(
    (pane: keyof PaneLayout, value: number) =>
      setLayout((current) => clampLayout({ ...current, [pane]: value })),
    [],
  )
  const reset = useCallback(() => setLayout(DEFAULT_LAYOUT), [])
  return { layout, resize, reset }
}
