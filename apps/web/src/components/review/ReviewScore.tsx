// The automatic ScoreReport as a reviewer reads it, with every mentor override beside it: an
// override is a correction on record, and the automatic score stays visible.
import type { ScoreOverride, ScoreReport } from '@pairwise/shared'

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
      {report.flags.length > 0 ? (
        <ul className="review-score__flags" aria-label="Flags">
          {report.flags.map((f) => (
            <li key={f.code} className="notice">
              <strong>{f.code}</strong>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="review-score__parts">
        <div>
          <dt>Correctness</dt>
          <dd>
            {report.correctness.passed}/{report.correctness.total} hidden and visible tests ·{' '}
            {round(report.correctness.score)}/{round(report.correctness.max)}
          </dd>
        </div>
        <div>
          <dt>Consistency</dt>
          <dd>
            {round(report.consistency.score)}/{round(report.consistency.max)}
            {report.consistency.flags.length ? ` · ${report.consistency.flags.join('; ')}` : ''}
          </dd>
        </div>
        <div>
          <dt>AI collaboration</dt>
          <dd>
            {round(report.collaboration.score)}/{round(report.collaboration.max)}
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
                    <blockquote>{quote}</blockquote>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No sentence of the explanation addressed this.</p>
            )}
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
                <strong>{s.label}</strong>: {String(s.value)} · {s.detail}
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
