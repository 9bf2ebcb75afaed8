// The automatic ScoreReport as a reviewer reads it, with every mentor override beside it: an
// override is a correction on record, and the automatic score stays visible.
import type { ScoreOverride, ScoreReport } from '@pairwise/shared'
import { ScoreParts } from '../score/ScoreParts.tsx'
import { flagTitle, plainQuote, signalValue, visibleFlags } from '../score/score-words.ts'
import { ConceptLists } from '../workspace/ScoreCard.tsx'

const round = (n: number) => Math.round(n * 10) / 10

/** The criteria a mentor corrected in one override, each beside the automatic points. */
function OverriddenCriteria({
  report,
  given,
  mentor,
}: {
  report: ScoreReport
  given: Record<string, number> | null
  mentor: string
}) {
  const rows = Object.entries(given ?? {})
  if (!rows.length) return null
  const byId = new Map(report.criteria.map((c) => [c.id, c]))
  return (
    <table className="review-score__override-criteria" aria-label={`Criteria ${mentor} corrected`}>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Mentor</th>
          <th scope="col">Automatic</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, points]) => {
          const automatic = byId.get(id)
          return (
            <tr key={id}>
              <th scope="row">{automatic?.title ?? id}</th>
              <td>
                {round(points)}
                {automatic ? `/${round(automatic.max)}` : ''}
              </td>
              <td>{automatic ? `${round(automatic.score)}/${round(automatic.max)}` : '–'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

export function ReviewScore({
  report,
  overrides,
}: {
  report: ScoreReport
  overrides: ScoreOverride[]
}) {
  const latest = overrides[overrides.length - 1]
  return (
    <section className="review-score" aria-labelledby="review-score-title">
      <h2 id="review-score-title" className="section-title">
        Score
      </h2>
      <div className="review-score__totals">
        <div className="review-score__total" data-testid="automatic-total">
          <span className="review-score__label">Automatic</span>
          <span className="review-score__number">{Math.round(report.total)}</span>
          <span className="muted">/100</span>
        </div>
        {latest ? (
          <div className="review-score__total is-mentor" data-testid="mentor-total">
            <span className="review-score__label">Mentor ({latest.mentor.name})</span>
            <span className="review-score__number">{Math.round(latest.total)}</span>
            <span className="muted">/100</span>
          </div>
        ) : null}
      </div>
      <ScoreParts report={report} />
      {visibleFlags(report).length > 0 ? (
        <ul className="review-score__flags" aria-label="Flags">
          {visibleFlags(report).map((f, i) => (
            <li key={`${f.code}-${i}`} className="notice">
              <strong>{flagTitle(f.code)}</strong>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="review-score__parts">
        <div>
          <dt>Correctness</dt>
          <dd>
            {report.correctness.total === 0
              ? `Not assessed: ${report.correctness.note ?? 'the code could not be graded'}`
              : `${report.correctness.passed} of ${report.correctness.total} hidden and visible tests pass`}
            {report.correctness.total > 0 && report.correctness.note
              ? ` · ${report.correctness.note}`
              : ''}
          </dd>
        </div>
        <div>
          <dt>Consistency</dt>
          <dd>
            {report.consistency.max === 0
              ? `Not assessed: ${report.consistency.note ?? 'nothing could be checked'}`
              : (report.consistency.note ?? '')}
          </dd>
        </div>
        <div>
          <dt>AI collaboration</dt>
          <dd>
            {report.collaboration.max === 0
              ? (report.collaboration.note ?? 'Not assessed: the assistant was not used.')
              : `${Math.round((100 * report.collaboration.score) / report.collaboration.max)}%`}
          </dd>
        </div>
      </dl>
      <ul className="review-score__criteria">
        {report.criteria.map((c) => (
          <li key={c.id}>
            <div className="review-score__criterion-head">
              <h3>{c.title}</h3>
              <span>
                {round(c.score)}/{round(c.max)}
              </span>
            </div>
            {c.evidence.length ? (
              <ul className="review-score__evidence" aria-label={`Evidence for ${c.title}`}>
                {c.evidence.map((quote, i) => (
                  <li key={i}>
                    <blockquote>{plainQuote(quote)}</blockquote>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No sentence of the explanation addressed this.</p>
            )}
            <ConceptLists criterion={c} />
            {c.feedback ? <p className="review-score__feedback">{c.feedback}</p> : null}
          </li>
        ))}
      </ul>
      {report.collaboration.signals.length ? (
        <details className="review-score__signals">
          <summary>Collaboration signals</summary>
          <ul>
            {report.collaboration.signals.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong>
                {s.clientReported ? (
                  <span
                    className="pill pill--muted"
                    title="Built from pastes and insertions the browser reported; a client can forge them."
                  >
                    client-reported
                  </span>
                ) : null}
                : {signalValue(s)} · {s.detail}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {overrides.length ? (
        <section aria-label="Overrides" className="review-score__overrides">
          <h3>Overrides on record</h3>
          <ol>
            {overrides.map((o) => (
              <li key={o.id}>
                <strong>{Math.round(o.total)}/100</strong> by {o.mentor.name},{' '}
                {new Date(o.createdAt).toLocaleString()}: <q>{o.reason}</q>
                <OverriddenCriteria report={report} given={o.criteria} mentor={o.mentor.name} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  )
}
