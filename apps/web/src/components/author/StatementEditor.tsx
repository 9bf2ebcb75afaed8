// problem.md: front matter and Markdown statement side by side with a live preview; the
// assistant policy is a select that edits the front matter's `assistant:` line.
import { useDeferredValue } from 'react'
import { ASSISTANT_POLICIES } from '@pairwise/shared'
import { Statement } from '../problem/Statement.tsx'
import { policyOf, splitFrontMatter, withPolicy } from './problem-template.ts'
import '../../styles/problem.css'

export function StatementEditor({
  value,
  onChange,
}: {
  value: string
  onChange: (value: string) => void
}) {
  const deferred = useDeferredValue(value)
  const { body } = splitFrontMatter(deferred)
  const policy = policyOf(value)
  return (
    <section className="author-section" aria-labelledby="statement-title">
      <h2 id="statement-title">Statement</h2>
      <div className="field select-field statement-policy">
        <label htmlFor="problem-policy">Assistant policy</label>
        <select
          id="problem-policy"
          value={policy}
          onChange={(e) => onChange(withPolicy(value, e.target.value))}
        >
          {policy && !ASSISTANT_POLICIES.some((p) => p === policy) ? (
            <option value={policy}>{policy}</option>
          ) : null}
          {ASSISTANT_POLICIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="statement-editor">
        <div className="field">
          <label htmlFor="problem-md">problem.md</label>
          <textarea
            id="problem-md"
            className="textarea textarea--code"
            rows={22}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby="problem-md-hint"
          />
          <p id="problem-md-hint" className="field__hint">
            YAML front matter (title, areas, difficulty, function, languages, timeLimitMs,
            assistant) between --- lines, then the statement in Markdown; math is $…$.
          </p>
        </div>
        <div className="field">
          <span className="statement-preview__label" aria-hidden="true">
            Preview
          </span>
          <div className="statement-preview" aria-label="Statement preview" role="region">
            <Statement markdown={body} />
          </div>
        </div>
      </div>
    </section>
  )
}
