// A ScoreReport as a card: the total, each criterion with quoted evidence and advice,
// correctness, consistency, AI collaboration and flags. Every string is rendered as text.
import type { CriterionScore, ScoreOverride, ScoreReport } from '@pairwise/shared'
import { MentorOverride } from './MentorOverride.tsx'

const round = (n: number) => Math.round(n * 10) / 10

function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  const ratio = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0
  const tone = ratio >= 0.75 ? 'good' : ratio >= 0.4 ? 'fair' : 'low'
  return (
    <span
      className={`meter meter--${tone}`}
      role="img"
      aria-label={`${label}: ${round(value)} of ${round(max)}`}
    >
      <span className="meter__fill" style={{ width: `${ratio * 100}%` }} />
    </span>
  )
}

function Criterion({ criterion }: { criterion: CriterionScore }) {
  return (
    <li className="score-criterion">
      <div className="score-criterion__head">
        <h4>{criterion.title}</h4>
        <span className="score-criterion__score">
          {round(criterion.score)}/{round(criterion.max)}
        </span>
      </div>
      <Meter value={criterion.score} max={criterion.max} label={criterion.title} />
      {criterion.evidence.length > 0 ? (
        <ul className="score-evidence" aria-label="Evidence from your explanation">
          {criterion.evidence.map((quote, i) => (
            <li key={i}>
              <blockquote>{quote}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p className="score-criterion__none">No sentence of your explanation addressed this.</p>
      )}
      {criterion.feedback ? <p className="score-criterion__advice">{criterion.feedback}</p> : null}
    </li>
  )
}

export function ScoreCard({
  report,
  override = null,
}: {
  report: ScoreReport
  /** A mentor's override of this report, shown beside the automatic total. */
  override?: ScoreOverride | null
}) {
  const { correctness, consistency, collaboration } = report
  const complexity = consistency.complexity
  return (
    <article className="score-card" aria-labelledby="score-total" data-testid="score-card">
      <header className="score-card__header">
        <div className="score-card__total" id="score-total">
          <span className="score-card__number">{Math.round(report.total)}</span>
          <span className="score-card__outof">/100</span>
        </div>
        <div className="score-card__summary">
          <h3>Your score</h3>
          <p>
            Scored {new Date(report.createdAt).toLocaleString()} by{' '}
            {report.scorers.map((s) => s.name).join(' + ') || 'the scorer'}
          </p>
        </div>
      </header>
      {override ? <MentorOverride override={override} automaticTotal={report.total} /> : null}

      {report.flags.length > 0 ? (
        <ul className="score-flags" aria-label="Flags">
          {report.flags.map((flag, i) => (
            <li key={`${flag.code}-${i}`} className="score-flag">
              <strong>{flag.code.replace(/-/g, ' ')}</strong>
              <span>{flag.message}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <section className="score-section">
        <h4 className="score-section__title">Explanation</h4>
        <ol className="score-criteria">
          {report.criteria.map((c) => (
            <Criterion key={c.id} criterion={c} />
          ))}
        </ol>
      </section>

      <section className="score-section score-section--row">
        <div>
          <h4 className="score-section__title">Correctness</h4>
          <p>
            {correctness.passed}/{correctness.total} tests pass · {round(correctness.score)}/
            {round(correctness.max)} points
          </p>
          <Meter value={correctness.score} max={correctness.max} label="Correctness" />
        </div>
        <div>
          <h4 className="score-section__title">Consistency</h4>
          <p>
            {round(consistency.score)}/{round(consistency.max)} points
            {complexity?.claimed ? ` · you claimed ${complexity.claimed}` : ''}
            {complexity?.consistent === false ? ', which the measured growth does not match' : ''}
            {complexity?.consistent === true ? ', which matches the measured growth' : ''}
          </p>
          <Meter value={consistency.score} max={consistency.max} label="Consistency" />
          {consistency.flags.length > 0 ? (
            <ul className="score-notes">
              {consistency.flags.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <section className="score-section">
        <h4 className="score-section__title">
          AI collaboration · {round(collaboration.score)}/{round(collaboration.max)}
        </h4>
        {collaboration.signals.length === 0 ? (
          <p className="muted">No assistant use was recorded in this session.</p>
        ) : (
          <dl className="score-signals">
            {collaboration.signals.map((signal) => (
              <div key={signal.id}>
                <dt>{signal.label}</dt>
                <dd>
                  <span className="score-signals__value">{String(signal.value)}</span>
                  <span className="muted">{signal.detail}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {report.communication && report.communication.length > 0 ? (
        <section className="score-section">
          <h4 className="score-section__title">Communication</h4>
          <ul className="score-communication">
            {report.communication.map((signal) => (
              <li key={signal.id} className={signal.present ? 'is-present' : 'is-missing'}>
                <span aria-hidden="true">{signal.present ? '✓' : '○'}</span>
                <span>
                  <strong>{signal.label}</strong> {signal.detail}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
