// Score over time as a small SVG line chart, with no charting library. It is drawn at the
// width it is shown at (no stretched text or dots).
import { useEffect, useRef, useState } from 'react'
import { countOf } from '../../lib/labels.ts'

export interface ScorePoint {
  at: Date
  total: number
  label: string
}

const H = 200
const PAD = { top: 16, right: 16, bottom: 28, left: 36 }

export function ScoreChart({ points }: { points: ScorePoint[] }) {
  const figure = useRef<HTMLElement>(null)
  const [W, setWidth] = useState(640)
  useEffect(() => {
    const el = figure.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.round(entry.contentRect.width)))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  if (points.length === 0) return null
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime())
  const first = sorted[0]?.at.getTime() ?? 0
  const last = sorted[sorted.length - 1]?.at.getTime() ?? 0
  const span = Math.max(last - first, 1)
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const x = (t: number) =>
    sorted.length === 1 ? PAD.left + innerW / 2 : PAD.left + ((t - first) / span) * innerW
  const y = (score: number) => PAD.top + (1 - Math.max(0, Math.min(100, score)) / 100) * innerH
  const path = sorted
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at.getTime()).toFixed(1)},${y(p.total).toFixed(1)}`)
    .join(' ')
  const best = Math.max(...sorted.map((p) => p.total))
  const latest = sorted[sorted.length - 1]
  const dateLabel = (d: Date) => d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
  const summary =
    `Score over time: ${countOf(sorted.length, 'scored session')}, ` +
    `latest ${Math.round(latest?.total ?? 0)}, best ${Math.round(best)} out of 100.`

  return (
    <figure className="score-chart" ref={figure}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick} className="score-chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <path
          d={`${path} L${x(last).toFixed(1)},${y(0)} L${x(first).toFixed(1)},${y(0)} Z`}
          className="score-chart__area"
        />
        <path d={path} className="score-chart__line" />
        {sorted.map((p, i) => (
          <circle key={i} cx={x(p.at.getTime())} cy={y(p.total)} r={4} className="score-chart__dot">
            <title>{`${p.label}: ${Math.round(p.total)} (${p.at.toLocaleString()})`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 8} className="score-chart__axis">
          {dateLabel(sorted[0]?.at ?? new Date())}
        </text>
        {sorted.length > 1 ? (
          <text x={W - PAD.right} y={H - 8} textAnchor="end" className="score-chart__axis">
            {dateLabel(latest?.at ?? new Date())}
          </text>
        ) : null}
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  )
}
