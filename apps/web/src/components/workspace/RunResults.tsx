// The results of the last run or submission: verdict per case with its input, expected vs
// actual, errors with a link to their line (an error every case shares is shown once), timings.
// Hidden cases show only their name and verdict. A second tab runs the code on custom input.
import { useState } from 'react'
import {
  describeDifference,
  formatValue,
  type CustomRunView,
  type RunView,
  type TestResult,
} from '@pairwise/shared'
import { lineInMessage } from '../../lib/error-line.ts'
import { CustomInput } from './CustomInput.tsx'

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
  compile_error: 'Compile error',
}

/** A timeout on a large case after every smaller case passed: right answers, too slow a method. */
const TOO_SLOW_TEXT = 'Correct output, too slow'

type ResultsTab = 'tests' | 'custom'

export function RunResults({
  state,
  onGoToLine,
  functionName,
  exampleArgs,
  onCustomRun,
}: {
  state: RunState
  onGoToLine: (line: number) => void
  /** The function the cases call, to show a case's input as a call. */
  functionName: string | undefined
  /** The first example's arguments, to start the custom input from. */
  exampleArgs: unknown[] | undefined
  onCustomRun: (args: unknown[]) => Promise<CustomRunView>
}) {
  const [tab, setTab] = useState<ResultsTab>('tests')
  const [shownState, setShownState] = useState(state)
  // A new run brings the tests tab forward.
  if (shownState !== state) {
    setShownState(state)
    if (state.status === 'running') setTab('tests')
  }
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
        <div className="results__tabs" role="tablist" aria-label="Results">
          <button
            type="button"
            role="tab"
            id="results-tab-tests"
            aria-selected={tab === 'tests'}
            aria-controls="results-panel-tests"
            className="results__tab"
            onClick={() => setTab('tests')}
          >
            Tests
          </button>
          <button
            type="button"
            role="tab"
            id="results-tab-custom"
            aria-selected={tab === 'custom'}
            aria-controls="results-panel-custom"
            className="results__tab"
            onClick={() => setTab('custom')}
          >
            Custom input
          </button>
        </div>
        {state.status === 'done' && tab === 'tests' ? <RunSummary run={state.run} /> : null}
      </header>
      {tab === 'custom' ? (
        <div className="results__body" id="results-panel-custom" role="tabpanel">
          <CustomInput
            functionName={functionName}
            exampleArgs={exampleArgs}
            onRun={onCustomRun}
            onGoToLine={onGoToLine}
          />
        </div>
      ) : null}
      <div
        className="results__body"
        aria-live="polite"
        id="results-panel-tests"
        role="tabpanel"
        hidden={tab !== 'tests'}
      >
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
        {state.status === 'done' ? (
          <RunDetail run={state.run} onGoToLine={onGoToLine} functionName={functionName} />
        ) : null}
      </div>
    </section>
  )
}

function RunSummary({ run }: { run: RunView }) {
  const passed = run.tests.filter((t) => t.passed).length
  const kind = run.tooSlow ? 'too-slow' : run.status
  return (
    <p className={`run-summary run-summary--${kind}`}>
      <span className="run-summary__verdict">
        {run.tooSlow ? TOO_SLOW_TEXT : STATUS_TEXT[run.status]}
      </span>
      <span>
        {passed}/{run.tests.length} passed
      </span>
      <span className="run-summary__meta">
        {run.mode === 'submit' ? 'all tests' : 'examples'} · {Math.round(run.durationMs)} ms
      </span>
    </p>
  )
}

/**
 * The error to show once above the cases: the run's own (a syntax error), or one that every
 * failing case raised alike (a NotImplementedError in each).
 */
export function sharedError(run: RunView): { text: string; line: number | undefined } | null {
  if (run.error) {
    const withLine = run.tests.find((t) => t.error === run.error && t.line !== undefined)
    // A compile error carries the line of the candidate's file that the compiler named.
    return {
      text: run.error,
      line: run.line ?? withLine?.line ?? lineInMessage(run.error) ?? undefined,
    }
  }
  const failing = run.tests.filter((t) => !t.passed && !t.hidden)
  const first = failing[0]?.error
  if (failing.length < 2 || first === undefined || failing.some((t) => t.error !== first))
    return null
  return { text: first, line: failing[0]?.line ?? lineInMessage(first) ?? undefined }
}

function RunDetail({
  run,
  onGoToLine,
  functionName,
}: {
  run: RunView
  onGoToLine: (line: number) => void
  functionName: string | undefined
}) {
  // A too-slow run's message is a verdict, not an error to debug: it gets a block of its own.
  const shared = run.tooSlow ? null : sharedError(run)
  const failing = run.tests.filter((t) => !t.passed).length
  return (
    <>
      {run.tooSlow ? (
        <p className="run-too-slow" data-testid="run-too-slow">
          {run.error}
        </p>
      ) : null}
      {shared ? (
        <div className="run-error" data-testid="run-error">
          {!run.error && failing > 1 ? (
            <p className="run-error__lede">Every failing case raised this error:</p>
          ) : null}
          <pre className="run-error__text">{shared.text}</pre>
          {shared.line ? <LineLink line={shared.line} onGoToLine={onGoToLine} /> : null}
        </div>
      ) : null}
      <ol className="cases-list">
        {run.tests.map((test, i) => (
          <CaseRow
            key={`${i}-${test.name}`}
            test={test}
            onGoToLine={onGoToLine}
            functionName={functionName}
            shownAbove={shared?.text}
            tooSlow={run.tooSlow?.case === test.name}
            notRun={run.status === 'compile_error'}
          />
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

/** A case's input as the call it made: `ndcg_at_k([3, 2], 2)`. */
export function formatCall(functionName: string | undefined, args: unknown[]): string {
  return `${functionName ?? 'f'}(${args.map((a) => formatValue(a)).join(', ')})`
}

function CaseRow({
  test,
  onGoToLine,
  functionName,
  shownAbove,
  tooSlow,
  notRun,
}: {
  test: TestResult
  onGoToLine: (line: number) => void
  functionName: string | undefined
  /** An error already shown above the cases is not repeated in each. */
  shownAbove: string | undefined
  /** The large case the time ran out on, after every smaller case passed. */
  tooSlow: boolean
  /** The code did not compile: no case ran, and the compiler's message above is the story. */
  notRun: boolean
}) {
  const line = test.line ?? lineInMessage(test.error)
  const difference = test.passed ? null : describeDifference(test.expected, test.actual)
  const showError = test.error !== undefined && !test.hidden && !notRun && test.error !== shownAbove
  const showInput = !test.hidden && !test.passed && (test.args !== undefined || test.script)
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
          {tooSlow ? <span className="case__slow"> too slow</span> : null}
        </span>
        <span className="visually-hidden">{test.passed ? 'passed' : 'failed'}</span>
        {notRun ? (
          <span className="case__ms">not run</span>
        ) : test.ms === undefined ? null : (
          <span className="case__ms">{test.ms < 1 ? '<1' : Math.round(test.ms)} ms</span>
        )}
      </div>
      {showInput ? (
        <div className="case__input">
          <span className="case__label">Input</span>
          <code>{test.args ? formatCall(functionName, test.args) : test.script}</code>
        </div>
      ) : null}
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
      {showError ? (
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
