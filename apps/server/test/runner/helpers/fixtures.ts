// Reads the runner fixtures: candidate code in both languages and the cases they run against.
import type { FunctionCase, ScriptCase, TestCase } from '@pairwise/shared'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// TypeScript fixtures end in .ts.txt: tsc must not reject their deliberate errors, nor prettier
// move the lines the tests expect errors on.
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8')
}

export const ndcgCases = (JSON.parse(fixture('ndcg/tests.json')) as { cases: TestCase[] }).cases

export function functionCase(
  name: string,
  args: unknown[],
  expected: unknown,
  tolerance?: number,
): FunctionCase {
  return { name, args, expected, visible: true, ...(tolerance === undefined ? {} : { tolerance }) }
}

export function scriptCase(
  language: ScriptCase['language'],
  script: string,
  expectedOutput: string,
): ScriptCase {
  return { name: `${language} script`, language, script, expectedOutput, visible: true }
}
