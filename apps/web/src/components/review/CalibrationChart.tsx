// Automatic score against the mentor's override, one dot per override, with the diagonal where
// they agree. Plain SVG: no chart library.
import type { Calibration } from '../../api.ts'

const SIZE = 320
const PAD = 40
const scale = (v: number) => PAD + (Math.max(0, Math.min(100, v)) / 100) * (SIZE - 2 * PAD)
const flip = (v: number) => SIZE - scale(v)

export function CalibrationChart({ points }: { points: Calibration['points'] }) {
  const ticks = [0, 25, 50, 75, 100]
  return (
    <figure className="calibration-chart">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby="calibration-chart-title calibration-chart-desc"
      >
        <title id="calibration-chart-title">Automatic score against mentor score</title>
        <desc id="calibration-chart-desc">
          {points.length} overrides. Dots above the diagonal are sessions the mentor scored higher
          than the scorer; dots below, lower.
        </desc>
        {ticks.map((t) => (
          <g key={t} className="calibration-chart__grid">
            <line x1={scale(t)} x2={scale(t)} y1={flip(0)} y2={flip(100)} />
            <line x1={scale(0)} x2={scale(100)} y1={flip(t)} y2={flip(t)} />
            <text x={scale(t)} y={SIZE - PAD + 16} textAnchor="middle">
              {t}
            </text>
            <text x={PAD - 8} y={flip(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <line
          className="calibration-chart__diagonal"
          x1={scale(0)}
          y1={flip(0)}
          x2={scale(100)}
          y2={flip(100)}
        />
        {points.map((p) => (
          <circle
            key={`${p.sessionId}-${p.at}`}
            className={`calibration-chart__dot${p.mentor > p.automatic ? ' is-above' : p.mentor < p.automatic ? ' is-below' : ''}`}
            cx={scale(p.automatic)}
            cy={flip(p.mentor)}
            r={5}
          >
            <title>{`${p.slug}: automatic ${Math.round(p.automatic)}, mentor ${Math.round(p.mentor)}`}</title>
          </circle>
        ))}
        <text className="calibration-chart__axis" x={SIZE / 2} y={SIZE - 4} textAnchor="middle">
          Automatic score
        </text>
        <text
          className="calibration-chart__axis"
          x={12}
          y={SIZE / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${SIZE / 2})`}
        >
          Mentor score
        </text>
      </svg>
    </figure>
  )
}
