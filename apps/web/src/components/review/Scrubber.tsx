// The replay scrubber: a range input over the session's moments, with previous and next buttons.
import type { Moment } from './replay-model.ts'
import { describeEvent, formatTime } from './replay-model.ts'

export function Scrubber({
  moments,
  index,
  onChange,
  commentSeqs,
}: {
  moments: Moment[]
  index: number
  onChange: (index: number) => void
  commentSeqs: Set<number>
}) {
  const last = moments.length - 1
  const moment = moments[index]
  const label = moment
    ? `${index + 1} of ${moments.length}: ${describeEvent(moment.event).title}, ${formatTime(moment.event.at)}`
    : 'No moments'
  return (
    <div className="scrubber">
      <div className="scrubber__controls">
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          onClick={() => onChange(Math.max(0, index - 1))}
          disabled={index <= 0}
        >
          ← Previous moment
        </button>
        <div className="scrubber__track">
          <input
            type="range"
            min={0}
            max={Math.max(0, last)}
            step={1}
            value={index}
            onChange={(e) => onChange(Number(e.target.value))}
            aria-label="Moment in the session"
            aria-valuetext={label}
            className="scrubber__range"
          />
          <div className="scrubber__ticks" aria-hidden="true">
            {moments.map((m, i) => (
              <span
                key={m.event.seq}
                className={`scrubber__tick scrubber__tick--${describeEvent(m.event).tone}${commentSeqs.has(m.event.seq) ? ' has-comment' : ''}`}
                style={{ left: last > 0 ? `${(i / last) * 100}%` : '0%' }}
              />
            ))}
          </div>
        </div>
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          onClick={() => onChange(Math.min(last, index + 1))}
          disabled={index >= last}
        >
          Next moment →
        </button>
      </div>
      <p className="scrubber__label" aria-live="polite" data-testid="moment-label">
        {label}
      </p>
    </div>
  )
}
