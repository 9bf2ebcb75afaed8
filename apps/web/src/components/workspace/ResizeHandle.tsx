// A drag handle between two panes: pointer drag, arrow keys (Shift for big steps), Home/End,
// and double-click to restore the default. The value is a percentage of the container.
import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent, RefObject } from 'react'

export function ResizeHandle({
  label,
  orientation,
  value,
  min,
  max,
  defaultValue,
  containerRef,
  invert = false,
  onChange,
}: {
  label: string
  /** 'vertical': a vertical bar between side-by-side panes; 'horizontal': between stacked ones. */
  orientation: 'vertical' | 'horizontal'
  value: number
  min: number
  max: number
  defaultValue: number
  containerRef: RefObject<HTMLElement | null>
  /** The pane grows when the handle moves left/up (a pane on the right or bottom). */
  invert?: boolean
  onChange: (value: number) => void
}) {
  const drag = useRef<{ start: number; startValue: number; size: number } | null>(null)
  const horizontalBar = orientation === 'horizontal'
  const sign = invert ? -1 : 1

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const rect = containerRef.current?.getBoundingClientRect()
    if (!rect || event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = {
      start: horizontalBar ? event.clientY : event.clientX,
      startValue: value,
      size: horizontalBar ? rect.height : rect.width,
    }
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d || d.size === 0) return
    const moved = (horizontalBar ? event.clientY : event.clientX) - d.start
    onChange(d.startValue + (sign * moved * 100) / d.size)
  }

  const endDrag = () => {
    drag.current = null
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 10 : 2
    const back = horizontalBar ? 'ArrowUp' : 'ArrowLeft'
    const forward = horizontalBar ? 'ArrowDown' : 'ArrowRight'
    let next: number | null = null
    if (event.key === back) next = value - sign * step
    else if (event.key === forward) next = value + sign * step
    else if (event.key === 'Home') next = min
    else if (event.key === 'End') next = max
    else if (event.key === 'Enter') next = defaultValue
    if (next === null) return
    event.preventDefault()
    onChange(next)
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`resize-handle resize-handle--${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onChange(defaultValue)}
      title={`${label} (drag, or use the arrow keys; double-click to reset)`}
    />
  )
}
