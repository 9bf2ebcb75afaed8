// What a posting asks for (area and the sentence that says so, as text), the library problems
// that cover it, and the areas nothing covers.
import { AREA_LABELS } from '@pairwise/shared'
import type { Area, ProblemSummary } from '@pairwise/shared'
import type { PostingAnalysis } from '../../api.ts'

const areaLabel = (area: string) => AREA_LABELS[area as Area] ?? area

export function PostingResult({
  analysis,
  library,
}: {
  analysis: PostingAnalysis
  library: ProblemSummary[]
}) {
  const { posting, suggestions, uncovered } = analysis
  const titleOf = (slug: string) => library.find((p) => p.slug === slug)?.title ?? slug
  return (
    <div className="posting-result">
      <section aria-labelledby="requirements-title">
        <h2 id="requirements-title">Requirements</h2>
        {posting.requirements.length === 0 ? (
          <p className="muted">No requirement in the area vocabulary was found in this posting.</p>
        ) : (
          <ul className="requirements">
            {posting.requirements.map((r, i) => (
              <li key={`${r.area}-${i}`} className="requirement" data-testid="requirement">
                <span className="tag requirement__area">{areaLabel(r.area)}</span>
                <blockquote className="requirement__evidence">{r.evidence}</blockquote>
                {r.titleOnly ? (
                  <span className="muted cell-small">
                    Named only in the title, not in the requirements: weak evidence.{' '}
                  </span>
                ) : null}
                {r.matched?.length ? (
                  <span className="muted cell-small">matched: {r.matched.join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {posting.unmatchedSkills.length ? (
          <p className="muted cell-small">
            Also mentioned, outside the vocabulary: {posting.unmatchedSkills.join(', ')}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">Suggested problems</h2>
        {suggestions.length === 0 ? (
          <p className="muted">No library problem covers these areas yet.</p>
        ) : (
          <ol className="suggestions">
            {suggestions.map((s) => (
              <li key={`${s.slug}-${s.area}`}>
                <strong>{titleOf(s.slug)}</strong> <span className="tag">{areaLabel(s.area)}</span>
                {s.reason ? <p className="muted cell-small">{s.reason}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="uncovered-title">
        <h2 id="uncovered-title">Not covered</h2>
        {uncovered.length === 0 ? (
          <p className="muted">Every area the posting asks for has a problem.</p>
        ) : (
          <ul className="tags" aria-label="Areas no problem covers">
            {uncovered.map((a) => (
              <li key={a} className="tag tag--warn">
                {areaLabel(a)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
