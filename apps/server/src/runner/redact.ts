// Strips what a browser must not see of hidden cases: only their name and verdict go out. Not
// even their time: a case's time can be made to encode its input (sleep per element).
import type { RunResult } from '@pairwise/shared'

/**
 * The runner keeps every detail (the CLI's validate needs them). Note that stdout and stderr
 * can still echo a hidden case's arguments if the code prints them.
 */
export function redactHiddenTests(result: RunResult): RunResult {
  return {
    ...result,
    tests: result.tests.map((test) =>
      test.hidden ? { name: test.name, passed: test.passed, hidden: true } : test,
    ),
  }
}
