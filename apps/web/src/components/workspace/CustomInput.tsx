// The custom-input run: the candidate types the arguments as JSON, runs their code on them and
// sees what it returned, printed or raised. There is no expected value.
import { useId, useState } from 'react'
import { formatValue, type CustomRunView } from '@pairwise/shared'

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; run: CustomRunView }
  | { status: 'failed'; message: string }

/** Parses the arguments box: a JSON array of the arguments, e.g. `[[3, 2, 0], 2]`. */
export function parseArguments(text: string): { args: unknown[] } | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { error: `That is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }
  }
  if (!Array.isArray(value))
    return { error: 'Give the arguments as a JSON array, one item per argument: [[3, 2, 0], 2].' }
  return { args: value }
}

export function CustomInput({
  functionName,
  exampleArgs,
  onRun,
  onGoToLine,
}: {
  functionName: string | undefined
  exampleArgs: unknown[] | undefined
  onRun: (args: unknown[]) => Promise<CustomRunView>
  onGoToLine: (line: number) => void
}) {
  const id = useId()
  const [text, setText] = useState(() => (exampleArgs ? JSON.stringify(exampleArgs) : '[]'))
  const [state, setState] = useState<State>({ status: 'idle' })
  const parsed = parseArguments(text)

  const run = async () => {
    if ('error' in parsed) return
    setState({ status: 'running' })
    try {
      setState({ status: 'done', run: await onRun(parsed.args) })
    } catch (err) {
      setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }

  return (
    <form
      className="custom-input"
      onSubmit={(event) => {
        event.preventDefault()
        void run()
      }}
    >
      <label htmlFor={`${id}-args`} className="custom-input__label">
        Arguments (JSON)
      </label>
      <p className="custom-input__hint muted" id={`${id}-hint`}>
        A JSON array with one item per argument of <code>{functionName ?? 'the function'}</code>.
        Your saved code runs on it; nothing is compared.
      </p>
      <textarea
        id={`${id}-args`}
        className="textarea custom-input__args"
        value={text}
        spellCheck={false}
        rows={3}
        aria-describedby={`${id}-hint`}
        aria-invalid={'error' in parsed}
        onChange={(event) => setText(event.target.value)}
      />
      {'error' in parsed ? (
        <p className="custom-input__invalid" role="alert">
          {parsed.error}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          className="btn btn--ghost btn--sm"
          disabled={'error' in parsed || state.status === 'running'}
        >
          {state.status === 'running' ? <span className="spinner" aria-hidden="true" /> : null}
          Run with this input
        </button>
      </div>
      <div aria-live="polite">
        {state.status === 'failed' ? (
          <p className="results__error" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.status === 'done' ? <CustomResult run={state.run} onGoToLine={onGoToLine} /> : null}
      </div>
    </form>
  )
}

function CustomResult({
  run,
  onGoToLine,
}: {
  run: CustomRunView
  onGoToLine: (line: number) => void
}) {
  return (
    <div className="custom-input__result" data-testid="custom-result">
      {run.status === 'ok' ? (
        <div className="case__input">
          <span className="case__label">Returned</span>
          <code>{formatValue(run.actual)}</code>
        </div>
      ) : (
        <div className="run-error">
          <pre className="run-error__text">{run.error ?? run.status}</pre>
          {run.line ? (
            <button type="button" className="line-link" onClick={() => onGoToLine(run.line ?? 1)}>
              Go to line {run.line}
            </button>
          ) : null}
        </div>
      )}
      <p className="muted custom-input__meta">{Math.round(run.durationMs)} ms</p>
      {run.stdout || run.stderr ? (
        <details className="run-output" open>
          <summary>Printed output</summary>
          {run.stdout ? <pre>{run.stdout}</pre> : null}
          {run.stderr ? <pre className="run-output__stderr">{run.stderr}</pre> : null}
        </details>
      ) : null}
    </div>
  )
}
