// Strips what a browser must not see of hidden cases: only their name and verdict go out. Not
// even their time: a case's time can be made to encode its input (sleep per element).
import type { RunResult } from '@pairwise/shared'

/**
 * The runner already kept only verdicts of hidden cases (runner/hidden-cases.ts) unless asked to
 * reveal them (validation of a reference); this is the last gate before a browser.
 */
export function redactHiddenTests(result: RunResult): RunResult {
  return {
    ...result,
    tests: result.tests.map((test) =>
      test.hidden ? { name: test.name, passed: test.passed, hidden: true } : test,
    ),
  }
}
