// The statement names the selected language's function, and the TypeScript checker gets the
// problem's declarations from its starter.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { declarationsFromStarter } from '../../src/lib/problem-types.ts'
import { statementForLanguage } from '../../src/lib/statement-names.ts'
import { REPO_ROOT } from '../helpers/server.ts'

describe('statementForLanguage', () => {
  const names = { python: 'roc_auc', typescript: 'rocAuc' }
  const statement = 'Write `roc_auc(scores, labels)`. Unlike roc_auc_score, roc_auc handles ties.'

  test('names the TypeScript function in a TypeScript session, whole identifiers only', () => {
    expect(statementForLanguage(statement, names, 'typescript')).toBe(
      'Write `rocAuc(scores, labels)`. Unlike roc_auc_score, rocAuc handles ties.',
    )
  })

  test('a TypeScript-named statement reads with the Python name in Python', () => {
    expect(statementForLanguage('Implement `rocAuc`.', names, 'python')).toBe(
      'Implement `roc_auc`.',
    )
  })

  test('every library problem names only the selected language’s function', () => {
    const root = path.join(REPO_ROOT, 'packages/problems/problems')
    for (const slug of fs.readdirSync(root)) {
      const md = fs.readFileSync(path.join(root, slug, 'problem.md'), 'utf8')
      const map = /^function:\s*\{\s*python:\s*(\w+),\s*typescript:\s*(\w+)\s*\}/m.exec(md)
      if (!map?.[1] || !map[2] || map[1] === map[2]) continue
      const fn = { python: map[1], typescript: map[2] }
      const ts = statementForLanguage(md, fn, 'typescript')
      expect(ts, slug).not.toMatch(new RegExp(`(?<![\\w$])${map[1]}(?![\\w$])`))
      const py = statementForLanguage(md, fn, 'python')
      expect(py, slug).not.toMatch(new RegExp(`(?<![\\w$])${map[2]}(?![\\w$])`))
    }
  })
})

describe('declarationsFromStarter', () => {
  test('reads past brackets and > inside comments and strings', () => {
    const d = declarationsFromStarter(
      [
        'interface Report {',
        '  alerts: number[] // i where x[i] > 3 * p50',
        "  label: string /* 'a > b' is (one */",
        '}',
        '',
        "export function report(xs: number[], sep = '>'): Report {",
        "  throw new Error('not implemented')",
        '}',
        '',
      ].join('\n'),
    )
    expect(d).toContain('export interface Report {')
    expect(d).toContain("export function report(xs: number[], sep = '>'): Report\n")
    expect(d).not.toMatch(/throw new Error/)
  })

  test('declares the function without its body', () => {
    const d = declarationsFromStarter(
      "export function rocAuc(scores: number[], labels: number[]): number | null {\n  throw new Error('x')\n}\n",
    )
    expect(d).toContain(
      'export function rocAuc(scores: number[], labels: number[]): number | null\n',
    )
    expect(d).toContain('declare namespace Problem {')
    expect(d).not.toContain('throw')
  })

  test('keeps object return types, multi-line parameters and the types the starter names', () => {
    const d =
      declarationsFromStarter(`export interface Box {
  x: number
  y: number
}
export type Pair = [number, number]

export function f(
  boxes: Box[],
  opts: { k: number },
): { kept: number[] } {
  return { kept: [] }
}
`) ?? ''
    expect(d).toContain('export interface Box {\n    x: number\n    y: number\n  }')
    expect(d).toContain('export type Pair = [number, number]')
    expect(d).toContain('): { kept: number[] }\n}')
    expect(d).not.toContain('return')
  })

  test('every library starter yields a declaration of its function', () => {
    const root = path.join(REPO_ROOT, 'packages/problems/problems')
    for (const slug of fs.readdirSync(root)) {
      const file = path.join(root, slug, 'starter.ts')
      if (!fs.existsSync(file)) continue
      const d = declarationsFromStarter(fs.readFileSync(file, 'utf8')) ?? ''
      expect(d, slug).toMatch(/export function \w+\(/)
      expect(d, slug).not.toMatch(/throw new Error/)
    }
  })
})
