// The parts behind a total: each part's score, its weight and its share once unassessed parts
// drop out, and one line saying which parts were not assessed and why.
import type { ScoreReport } from '@pairwise/shared'
import { notAssessedLine, partLines, percent } from './score-words.ts'
import '../../styles/explanation.css'

export function ScoreParts({ report }: { report: ScoreReport }) {
  const lines = partLines(report)
  const missing = notAssessedLine(report)
  return (
    <div className="score-parts">
      <table className="score-parts__table" aria-label="How the total is made">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Score</th>
            <th scope="col">Weight</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} className={line.fraction === null ? 'is-not-assessed' : undefined}>
              <th scope="row">{line.label}</th>
              <td>{line.fraction === null ? 'not assessed' : percent(line.fraction)}</td>
              <td>
                {line.fraction === null
                  ? '–'
                  : line.share.toFixed(2) === line.weight.toFixed(2)
                    ? percent(line.weight)
                    : `${percent(line.weight)} → ${percent(line.share)}`}
              </td>
              <td>
                {line.fraction === null ? '–' : (100 * line.fraction * line.share).toFixed(1)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td />
            <td>{report.total.toFixed(1)}</td>
          </tr>
        </tfoot>
      </table>
      {missing ? (
        <p className="score-parts__missing" data-testid="not-assessed">
          {missing}
        </p>
      ) : null}
    </div>
  )
}
