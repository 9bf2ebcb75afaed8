// A ScoreReport as a card: the total with the parts and weights behind it, each criterion with
// quoted evidence (covered, missing, contradicted) and advice, correctness, consistency, AI
// collaboration and flags, in plain words. Every string is rendered as text.
import type { CriterionScore, ScoreOverride, ScoreReport } from '@pairwise/shared'
import { MentorOverride } from './MentorOverride.tsx'
import { ScoreParts } from '../score/ScoreParts.tsx'
import {
  flagTitle,
  judgeCounted,
  plainQuote,
  signalValue,
  visibleFlags,
} from '../score/score-words.ts'
import '../../styles/explanation.css'

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
              <blockquote>{plainQuote(quote)}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p className="score-criterion__none">No sentence of your explanation addressed this.</p>
      )}
      <ConceptLists criterion={criterion} />
      {criterion.feedback ? <p className="score-criterion__advice">{criterion.feedback}</p> : null}
    </li>
  )
}

/** Covered, missing and contradicted concepts side by side; a contradiction quotes the sentence. */
export function ConceptLists({ criterion }: { criterion: CriterionScore }) {
  const covered = criterion.covered ?? []
  const missing = criterion.missing ?? []
  const contradictions = criterion.contradictions ?? []
  if (!covered.length && !missing.length && !contradictions.length) return null
  return (
    <div className="score-concepts">
      {covered.length ? (
        <div className="score-concepts__group is-covered">
          <span className="score-concepts__label">Covered</span>
          <ul>
            {covered.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {missing.length ? (
        <div className="score-concepts__group is-missing">
          <span className="score-concepts__label">Missing</span>
          <ul>
            {missing.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {contradictions.length ? (
        <div className="score-concepts__group is-contradicted" data-testid="contradictions">
          <span className="score-concepts__label">Contradicts</span>
          <ul>
            {contradictions.map((c, i) => (
              <li key={i}>
                <blockquote>{plainQuote(c.sentence)}</blockquote>
                <span>
                  contradicts <strong>{c.concept}</strong>. {c.advice}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
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
  const flags = visibleFlags(report)
  const by = judgeCounted(report) ? 'the offline scorer and the LLM judge' : 'the offline scorer'
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
            Scored {new Date(report.createdAt).toLocaleString()} by {by}
          </p>
        </div>
      </header>
      {override ? <MentorOverride override={override} automaticTotal={report.total} /> : null}

      <ScoreParts report={report} />

      {flags.length > 0 ? (
        <ul className="score-flags" aria-label="Flags">
          {flags.map((flag, i) => (
            <li key={`${flag.code}-${i}`} className="score-flag">
              <strong>{flagTitle(flag.code)}</strong>
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
          {correctness.total === 0 ? (
            <p>Not assessed: {correctness.note ?? 'the code could not be graded'}</p>
          ) : (
            <>
              <p>
                {correctness.passed} of {correctness.total} tests pass ·{' '}
                {Math.round((100 * correctness.score) / (correctness.max || 1))}%
              </p>
              <Meter value={correctness.score} max={correctness.max} label="Correctness" />
              {correctness.note ? <p className="score-notes">{correctness.note}</p> : null}
            </>
          )}
        </div>
        <div>
          <h4 className="score-section__title">Consistency</h4>
          {consistency.max === 0 ? (
            <p>Not assessed: {consistency.note ?? 'nothing could be checked'}</p>
          ) : (
            <>
              <p>
                {complexity?.claimed ? `You claimed ${complexity.claimed}` : 'Your claim'}
                {complexity?.consistent === false
                  ? ', which the measured growth does not match'
                  : ''}
                {complexity?.consistent === true
                  ? complexity.belowStatedCost
                    ? ", which is this problem's own cost: the code measured faster at these sizes, where constant work hides the growth"
                    : ', which matches the measured growth'
                  : ''}
                {complexity?.measuredExponent != null
                  ? ` (n^${complexity.measuredExponent.toFixed(2)}${complexity.interval ? `, 95% interval ${complexity.interval[0].toFixed(2)} to ${complexity.interval[1].toFixed(2)}` : ''})`
                  : ''}
                .
              </p>
              <Meter value={consistency.score} max={consistency.max} label="Consistency" />
            </>
          )}
          {complexity?.slowerThanRequired ? (
            <p className="score-notes">
              Slower than this problem requires ({complexity.required}): that costs correctness
              points.
            </p>
          ) : null}
        </div>
      </section>

      <section className="score-section">
        <h4 className="score-section__title">
          AI collaboration ·{' '}
          {collaboration.max
            ? `${Math.round((100 * collaboration.score) / collaboration.max)}%`
            : 'not assessed'}
        </h4>
        {collaboration.max === 0 ? (
          <p className="muted">{collaboration.note ?? 'The assistant was not used.'}</p>
        ) : null}
        {collaboration.signals.length === 0 ? (
          <p className="muted">No assistant use was recorded in this session.</p>
        ) : (
          <dl className="score-signals">
            {collaboration.signals.map((signal) => (
              <div key={signal.id}>
                <dt>{signal.label}</dt>
                <dd>
                  <span className="score-signals__value">{signalValue(signal)}</span>
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
