// The last validation of a problem: how many checks passed, and every failing case with why.
import type { ValidationReport } from '../../api.ts'

export function ValidationResult({ report }: { report: ValidationReport }) {
  const ok = report.failures.length === 0
  return (
    <section
      className={`validation ${ok ? 'validation--ok' : 'validation--bad'}`}
      aria-label="Validation result"
      data-testid="validation-result"
    >
      <p className="validation__summary">
        {ok ? 'Validation passed' : 'Validation failed'}: {report.testsPassed}/{report.tests} checks
        pass.
      </p>
      {ok ? null : (
        <ul className="validation__failures">
          {report.failures.map((f, i) => (
            <li key={i}>
              {f.language ? <span className="pill pill--muted">{f.language}</span> : null}
              {f.case ? <strong>{f.case}</strong> : null} {f.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
