// The results of the last run or submission: verdict per case, expected vs actual, errors with
// a link to their line, timings. Hidden cases show only their name and verdict.
import type { RunView, TestResult } from '@pairwise/shared'
import { describeDifference, formatValue, lineInMessage } from '../../lib/value-diff.ts'

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; mode: 'run' | 'submit' }
  | { status: 'done'; run: RunView }
  | { status: 'failed'; message: string }

const STATUS_TEXT: Record<RunView['status'], string> = {
  passed: 'Passed',
  failed: 'Failed',
  error: 'Error',
  timeout: 'Time limit exceeded',
  memory: 'Memory limit exceeded',
}

export function RunResults({
  state,
  onGoToLine,
}: {
  state: RunState
  onGoToLine: (line: number) => void
}) {
  return (
    <section
      className="results"
      aria-labelledby="results-heading"
      aria-busy={state.status === 'running'}
    >
      <header className="pane-header">
        <h2 id="results-heading" className="pane-title">
          Results
        </h2>
        {state.status === 'done' ? <RunSummary run={state.run} /> : null}
      </header>
      <div className="results__body" aria-live="polite">
        {state.status === 'idle' ? (
          <p className="results__empty">
            <strong>Run</strong> checks the visible examples (<kbd>Ctrl</kbd>+<kbd>Enter</kbd>);{' '}
            <strong>Submit</strong> runs every test, hidden ones too (<kbd>Ctrl</kbd>+
            <kbd>Shift</kbd>+<kbd>Enter</kbd>).
          </p>
        ) : null}
        {state.status === 'running' ? (
          <p className="results__empty">
            <span className="spinner" aria-hidden="true" />{' '}
            {state.mode === 'submit' ? 'Running all tests…' : 'Running the examples…'}
          </p>
        ) : null}
        {state.status === 'failed' ? (
          <p className="results__error" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.status === 'done' ? <RunDetail run={state.run} onGoToLine={onGoToLine} /> : null}
      </div>
    </section>
  )
}

function RunSummary({ run }: { run: RunView }) {
  const passed = run.tests.filter((t) => t.passed).length
  return (
    <p className={`run-summary run-summary--${run.status}`}>
      <span className="run-summary__verdict">{STATUS_TEXT[run.status]}</span>
      <span>
        {passed}/{run.tests.length} passed
      </span>
      <span className="run-summary__meta">
        {run.mode === 'submit' ? 'all tests' : 'examples'} · {Math.round(run.durationMs)} ms
      </span>
    </p>
  )
}

function RunDetail({ run, onGoToLine }: { run: RunView; onGoToLine: (line: number) => void }) {
  const runLine = lineInMessage(run.error)
  return (
    <>
      {run.error ? (
        <div className="run-error">
          <pre className="run-error__text">{run.error}</pre>
          {runLine ? <LineLink line={runLine} onGoToLine={onGoToLine} /> : null}
        </div>
      ) : null}
      <ol className="cases-list">
        {run.tests.map((test, i) => (
          <CaseRow key={`${i}-${test.name}`} test={test} onGoToLine={onGoToLine} />
        ))}
      </ol>
      {run.stdout || run.stderr ? (
        <details className="run-output">
          <summary>Printed output</summary>
          {run.stdout ? <pre>{run.stdout}</pre> : null}
          {run.stderr ? <pre className="run-output__stderr">{run.stderr}</pre> : null}
        </details>
      ) : null}
    </>
  )
}

function CaseRow({ test, onGoToLine }: { test: TestResult; onGoToLine: (line: number) => void }) {
  const line = test.line ?? lineInMessage(test.error)
  const difference = test.passed ? null : describeDifference(test.expected, test.actual)
  const showValues =
    !test.hidden && !test.passed && (test.expected !== undefined || test.actual !== undefined)
  return (
    <li className={`case case--${test.passed ? 'pass' : 'fail'}`}>
      <div className="case__head">
        <span className="case__icon" aria-hidden="true">
          {test.passed ? '✓' : '✕'}
        </span>
        <span className="case__name">
          {test.name}
          {test.hidden ? <span className="case__hidden"> (hidden)</span> : null}
        </span>
        <span className="visually-hidden">{test.passed ? 'passed' : 'failed'}</span>
        {test.ms === undefined ? null : (
          <span className="case__ms">{test.ms < 1 ? '<1' : Math.round(test.ms)} ms</span>
        )}
      </div>
      {showValues ? (
        <dl className="case__values">
          <div>
            <dt>Expected</dt>
            <dd>
              <code>{formatValue(test.expected)}</code>
            </dd>
          </div>
          <div>
            <dt>Actual</dt>
            <dd>
              <code>{formatValue(test.actual)}</code>
            </dd>
          </div>
          {difference ? <p className="case__diff">{difference}</p> : null}
        </dl>
      ) : null}
      {test.error && !test.hidden ? (
        <div className="case__error">
          <pre>{test.error}</pre>
          {line ? <LineLink line={line} onGoToLine={onGoToLine} /> : null}
        </div>
      ) : null}
    </li>
  )
}

function LineLink({ line, onGoToLine }: { line: number; onGoToLine: (line: number) => void }) {
  return (
    <button type="button" className="line-link" onClick={() => onGoToLine(line)}>
      Go to line {line}
    </button>
  )
}
