// Calibration for instructors: how far the automatic scores are from mentors' overrides,
// overall, per problem and per criterion, with a scatter of automatic against mentor.
import { useEffect, useState } from 'react'
import type { Calibration } from '../../api.ts'
import { getCalibration } from '../../api.ts'
import { PageLoading } from '../../components/PageLoading.tsx'
import { CalibrationChart } from '../../components/review/CalibrationChart.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import '../../styles/review.css'

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

function GapTable({
  caption,
  rows,
}: {
  caption: string
  rows: { key: string; label: string; n: number; meanAbsGap: number; bias: number }[]
}) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.startsWith('By problem') ? 'Problem' : 'Criterion'}</th>
            <th scope="col">Overrides</th>
            <th scope="col">Mean gap (points)</th>
            <th scope="col">Bias (mentor − automatic)</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={4} className="muted">
                No overrides yet.
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.n}</td>
                <td>{r.meanAbsGap}</td>
                <td>{signed(r.bias)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}

function CalibrationView() {
  const [data, setData] = useState<Calibration | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    getCalibration(controller.signal)
      .then(setData)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setError(err instanceof Error ? err.message : 'Could not load the calibration.')
        }
      })
    return () => controller.abort()
  }, [])

  if (error) return <p className="container notice notice--error">{error}</p>
  if (!data) return <PageLoading label="Loading the calibration" />
  const { overall } = data
  return (
    <div className="container calibration">
      <title>Calibration · Pairwise</title>
      <div className="page-header">
        <h1>Calibration</h1>
        <p className="page-header__lede">
          How far the automatic scores are from the totals mentors gave when they overrode them. A
          positive bias means mentors score higher than the scorer.
        </p>
      </div>
      <dl className="calibration__overall" aria-label="Overall">
        <div>
          <dt>Overrides</dt>
          <dd>{overall.n}</dd>
        </div>
        <div>
          <dt>Mean gap</dt>
          <dd>{overall.meanAbsGap} points</dd>
        </div>
        <div>
          <dt>Bias</dt>
          <dd>{signed(overall.bias)} points</dd>
        </div>
      </dl>
      <div className="calibration__grid">
        <CalibrationChart points={data.points} />
        <div className="calibration__tables">
          <GapTable
            caption="By problem"
            rows={data.byProblem.map((p) => ({ key: p.slug, label: p.title, ...p }))}
          />
          <GapTable
            caption="By criterion"
            rows={data.byCriterion.map((c) => ({ key: c.id, label: c.title, ...c }))}
          />
        </div>
      </div>
    </div>
  )
}

export default function CalibrationPage() {
  return (
    <RequireRole roles={['instructor']} what="calibration">
      <CalibrationView />
    </RequireRole>
  )
}
