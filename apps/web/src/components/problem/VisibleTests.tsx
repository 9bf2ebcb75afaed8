// The visible test cases of a problem, as a small table of inputs and expected results.
import { formatValue, type Language, type VisibleCase } from '@pairwise/shared'

export function VisibleTests({ cases, language }: { cases: VisibleCase[]; language: Language }) {
  // A script case runs in one language only; show the ones for the language being previewed.
  const shown = cases.filter(
    (testCase) => testCase.kind === 'function' || testCase.language === language,
  )
  if (shown.length === 0) {
    return <p className="muted">This problem has no visible tests for this language.</p>
  }
  return (
    <div className="table-wrap">
      <table className="cases">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Input</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((testCase) => (
            <tr key={testCase.name}>
              <th scope="row">{testCase.name}</th>
              {testCase.kind === 'function' ? (
                <>
                  <td>
                    <code>{testCase.args.map(formatValue).join(', ')}</code>
                  </td>
                  <td>
                    <code>{formatValue(testCase.expected)}</code>
                  </td>
                </>
              ) : (
                <>
                  <td>
                    <pre className="cases__script">{testCase.script}</pre>
                  </td>
                  <td>
                    <pre className="cases__script">{testCase.expectedOutput}</pre>
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
