// A tuple record with an optional field: a JSON null in it is the field's none, in Java and C++.
import { parseSignature } from '@pairwise/problems'
import { describe, expect, it } from 'vitest'
import { createSandboxRunner, resolveRunnerOptions } from '../../src/runner/index.ts'
import { hasBwrap, hasCpp, hasJava, warnIfNoToolchain } from './helpers/environment.ts'
import { functionCase } from './helpers/fixtures.ts'

warnIfNoToolchain('null fields of tuple records')

const reasons: string[] = []
const signature = parseSignature(
  '(rows: list[Row]) -> list[Row]',
  { Row: '(key: str, value: optional[str])' },
  reasons,
)
const cases = [
  functionCase(
    'a null value',
    [
      [
        ['a', null],
        ['b', 'x'],
      ],
    ],
    [
      ['a', null],
      ['b', 'x'],
    ],
  ),
  functionCase('no null', [[['b', 'x']]], [['b', 'x']]),
]
const code = {
  java: `import java.util.*;

class Solution {
    public List<Row> echo(List<Row> rows) {
        return rows;
    }
}
`,
  cpp: `std::vector<Row> echo(const std::vector<Row>& rows) { return rows; }
`,
}

describe.skipIf(!hasBwrap)('tuple records with a null field', () => {
  it('parse', () => expect(reasons).toEqual([]))
  for (const language of ['java', 'cpp'] as const) {
    it.skipIf(language === 'java' ? !hasJava : !hasCpp)(
      `come and go whole in ${language}`,
      async () => {
        const runner = createSandboxRunner(resolveRunnerOptions())
        const result = await runner.run({
          language,
          code: code[language],
          functionName: 'echo',
          signature: signature!,
          cases,
        })
        expect(result.tests.map((t) => [t.name, t.passed, t.error])).toEqual([
          ['a null value', true, undefined],
          ['no null', true, undefined],
        ])
      },
      120_000,
    )
  }
})
