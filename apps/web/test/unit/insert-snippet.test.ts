// "Insert at cursor": the snippet lands on whole lines, at the cursor or at the end of the
// problem's function, indented like the code around it, in Python, TypeScript, Java and C++.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import {
  applySnippetEdit,
  planSnippetInsertion,
  type SnippetTarget,
} from '../../src/lib/insert-snippet.ts'

const insert = (target: SnippetTarget) => {
  const edit = planSnippetInsertion(target)
  return { code: applySnippetEdit(target.code, edit), edit }
}

const PY = `import math


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = sorted(relevances, reverse=True)
    return 0.0
`

const TS = `export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = [...relevances].sort((a, b) => b - a)
  return 0
}
`

describe('Python', () => {
  test('with no cursor, a statement goes at the end of the function, at its body indentation', () => {
    const { code, edit } = insert({
      code: PY,
      snippet: 'if k <= 0:\n    return 0.0',
      language: 'python',
      cursor: null,
      functionName: 'ndcg_at_k',
    })
    expect(code).toBe(`import math


def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = sorted(relevances, reverse=True)
    return 0.0
    if k <= 0:
        return 0.0
`)
    expect(edit.firstLine).toBe(7)
    expect(edit.lineCount).toBe(2)
  })

  test('with no cursor, a helper function goes after the function, two blank lines apart', () => {
    const { code } = insert({
      code: PY,
      snippet: 'def gain(r):\n    return 2 ** r - 1\n',
      language: 'python',
      cursor: null,
      functionName: 'ndcg_at_k',
    })
    expect(code).toBe(`${PY}

def gain(r):
    return 2 ** r - 1
`)
    expect(code).not.toMatch(/- 1def/)
  })

  test('a helper before another function keeps both apart, and its own lines intact', () => {
    const source = `def ndcg_at_k(r, k):
    return 0.0


def other():
    pass
`
    const { code } = insert({
      code: source,
      snippet: 'def gain(r):\n    return 2 ** r - 1',
      language: 'python',
      cursor: null,
      functionName: 'ndcg_at_k',
    })
    expect(code).toBe(`def ndcg_at_k(r, k):
    return 0.0


def gain(r):
    return 2 ** r - 1


def other():
    pass
`)
  })

  test('a cursor in the middle of a line inserts after that line, never into it', () => {
    const { code, edit } = insert({
      code: PY,
      snippet: 'print(ideal)',
      language: 'python',
      cursor: { line: 5, column: 12 },
    })
    expect(code.split('\n').slice(3, 7)).toEqual([
      'def ndcg_at_k(relevances: list[int], k: int) -> float:',
      '    ideal = sorted(relevances, reverse=True)',
      '    print(ideal)',
      '    return 0.0',
    ])
    expect(edit.firstLine).toBe(6)
  })

  test('after a line that opens a block, the snippet goes one level deeper', () => {
    const { code } = insert({
      code: PY,
      snippet: '  # a comment\n  total = 0\n  for x in ideal:\n      total += x',
      language: 'python',
      cursor: { line: 4, column: 55 },
    })
    // The snippet used 2- and 4-space steps; the code's 4-space step is kept throughout.
    expect(code.split('\n').slice(3, 9)).toEqual([
      'def ndcg_at_k(relevances: list[int], k: int) -> float:',
      '    # a comment',
      '    total = 0',
      '    for x in ideal:',
      '        total += x',
      '    ideal = sorted(relevances, reverse=True)',
    ])
  })

  test('a cursor at the start of a line inserts before it, at its indentation', () => {
    const { code } = insert({
      code: PY,
      snippet: 'k = min(k, len(relevances))',
      language: 'python',
      cursor: { line: 6, column: 1 },
    })
    expect(code.split('\n')[5]).toBe('    k = min(k, len(relevances))')
    expect(code.split('\n')[6]).toBe('    return 0.0')
  })

  test('an empty line between two functions takes the snippet at the top level', () => {
    const source = 'def a():\n    return 1\n\ndef b():\n    return 2\n'
    const { code } = insert({
      code: source,
      snippet: 'X = 3',
      language: 'python',
      cursor: { line: 3, column: 1 },
    })
    expect(code).toBe('def a():\n    return 1\nX = 3\ndef b():\n    return 2\n')
  })

  test('a selection gives its whole lines to the snippet', () => {
    const { code } = insert({
      code: PY,
      snippet: 'return 1.0',
      language: 'python',
      cursor: { line: 6, column: 8 },
      selectionEnd: { line: 6, column: 12 },
    })
    expect(code.split('\n')[5]).toBe('    return 1.0')
    expect(code.split('\n')).toHaveLength(PY.split('\n').length)
  })

  test('the result still parses as the same blocks: a nested body stays nested', () => {
    const { code } = insert({
      code: 'def f(x):\n    if x:\n        y = 1\n',
      snippet: 'while y < 10:\n    y *= 2\nreturn y',
      language: 'python',
      cursor: { line: 3, column: 14 },
    })
    expect(code).toBe(
      'def f(x):\n    if x:\n        y = 1\n        while y < 10:\n            y *= 2\n        return y\n',
    )
  })
})

describe('TypeScript', () => {
  test('with no cursor, a statement goes before the closing brace of the function', () => {
    const { code, edit } = insert({
      code: TS,
      snippet: 'if (k <= 0) {\n    return 0\n}',
      language: 'typescript',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code).toBe(`export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = [...relevances].sort((a, b) => b - a)
  return 0
  if (k <= 0) {
    return 0
  }
}
`)
    expect(edit.firstLine).toBe(4)
  })

  test('with no cursor, a helper function goes after the function, a blank line apart', () => {
    const { code } = insert({
      code: TS,
      snippet: 'function gain(r: number): number {\n  return 2 ** r - 1\n}',
      language: 'typescript',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code).toBe(`${TS}
function gain(r: number): number {
  return 2 ** r - 1
}
`)
  })

  test('braces inside strings and comments do not end the function early', () => {
    const source = `export function f(s: string): string {
  const open = '{' // a brace }
  /* } */
  return open + s
}

export const g = 1
`
    const { code } = insert({
      code: source,
      snippet: 'const x = 1',
      language: 'typescript',
      cursor: null,
      functionName: 'f',
    })
    expect(code.split('\n').slice(3, 6)).toEqual(['  return open + s', '  const x = 1', '}'])
  })

  test('after a line ending with `{`, the snippet is indented one step deeper', () => {
    const { code } = insert({
      code: TS,
      snippet: 'if (k <= 0) return 0',
      language: 'typescript',
      cursor: { line: 1, column: 68 },
    })
    expect(code.split('\n').slice(0, 3)).toEqual([
      'export function ndcgAtK(relevances: number[], k: number): number {',
      '  if (k <= 0) return 0',
      '  const ideal = [...relevances].sort((a, b) => b - a)',
    ])
  })

  test('an arrow-function target is found too, and a document without the function gets the end', () => {
    const arrow = 'export const rocAuc = (s: number[]): number => {\n  return 0\n}\n'
    expect(
      insert({
        code: arrow,
        snippet: 'const n = s.length',
        language: 'typescript',
        cursor: null,
        functionName: 'rocAuc',
      }).code,
    ).toBe(
      'export const rocAuc = (s: number[]): number => {\n  return 0\n  const n = s.length\n}\n',
    )
    expect(
      insert({
        code: 'const a = 1',
        snippet: '    const b = 2',
        language: 'typescript',
        cursor: null,
        functionName: 'missing',
      }).code,
    ).toBe('const a = 1\n\nconst b = 2')
  })

  test('a cursor on column 1 of line 1 that was never placed is not treated as a cursor', () => {
    // The workspace passes cursor: null until the candidate has put the caret in the editor.
    const { code } = insert({
      code: TS,
      snippet: 'return 1',
      language: 'typescript',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code.startsWith('export function ndcgAtK')).toBe(true)
    expect(code).toContain('  return 0\n  return 1\n}')
  })
})

const JAVA = `import java.util.*;

class Solution {
    // The method the tests call: ndcgAtK(relevances, k) { ... }
    public double ndcgAtK(int[] relevances, int k) {
        int[] ideal = relevances.clone();
        String brace = "}";
        return 0.0;
    }
}
`

const CPP = `#include <algorithm>
#include <vector>

double ndcg_at_k(const std::vector<int>& relevances, int k) {
    std::vector<int> ideal(relevances);
    char brace = '}';
    return 0.0;
}
`

describe('Java', () => {
  test('with no cursor, a statement goes before the method’s closing brace, not the class’s', () => {
    const { code, edit } = insert({
      code: JAVA,
      snippet: 'if (k <= 0) {\n  return 0.0;\n}',
      language: 'java',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code.split('\n').slice(6, 13)).toEqual([
      '        String brace = "}";',
      '        return 0.0;',
      '        if (k <= 0) {',
      '            return 0.0;',
      '        }',
      '    }',
      '}',
    ])
    expect(edit.firstLine).toBe(9)
  })

  test('with no cursor, a helper method goes after the method, inside the class', () => {
    const { code } = insert({
      code: JAVA,
      snippet: 'private static double gain(int r) {\n    return Math.pow(2, r) - 1;\n}',
      language: 'java',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code.split('\n').slice(8, 15)).toEqual([
      '    }',
      '',
      '    private static double gain(int r) {',
      '        return Math.pow(2, r) - 1;',
      '    }',
      '}',
      '',
    ])
  })

  test('a call or a return of the function is not taken for its header', () => {
    const source = `class Solution {
    double check(int[] r) {
        return ndcgAtK(r, 2);
    }

    public static double ndcgAtK(int[] r, int k) {
        return 1.0;
    }
}
`
    const { code } = insert({
      code: source,
      snippet: 'int n = r.length;',
      language: 'java',
      cursor: null,
      functionName: 'ndcgAtK',
    })
    expect(code.split('\n').slice(5, 9)).toEqual([
      '    public static double ndcgAtK(int[] r, int k) {',
      '        return 1.0;',
      '        int n = r.length;',
      '    }',
    ])
  })
})

describe('C++', () => {
  test('with no cursor, a statement goes before the closing brace, past a brace in a char', () => {
    const { code } = insert({
      code: CPP,
      snippet: 'std::sort(ideal.rbegin(), ideal.rend());',
      language: 'cpp',
      cursor: null,
      functionName: 'ndcg_at_k',
    })
    expect(code.split('\n').slice(5, 9)).toEqual([
      "    char brace = '}';",
      '    return 0.0;',
      '    std::sort(ideal.rbegin(), ideal.rend());',
      '}',
    ])
  })

  test('a helper function, an include or a struct is a definition of its own', () => {
    for (const snippet of [
      'static double gain(int r) {\n  return (1 << r) - 1;\n}',
      '#include <cmath>',
      'template <typename T>\nT twice(T x) { return 2 * x; }',
      'struct Pair {\n  int a;\n};',
    ]) {
      const { code } = insert({
        code: CPP,
        snippet,
        language: 'cpp',
        cursor: null,
        functionName: 'ndcg_at_k',
      })
      expect(code.startsWith(CPP), snippet).toBe(true)
      expect(code.slice(CPP.length).startsWith('\n'), snippet).toBe(true)
    }
  })

  test('statements that hold parentheses are not definitions', () => {
    for (const snippet of [
      'double idcg = dcg(ideal, k);',
      'for (int i = 0; i < k; i++) {\n  total += gain(i);\n}',
      'return total / idcg;',
      'auto cmp = [](int a, int b) {\n  return a > b;\n};',
      'if (k <= 0) {\n  return 0.0;\n}',
    ]) {
      const { code } = insert({
        code: CPP,
        snippet,
        language: 'cpp',
        cursor: null,
        functionName: 'ndcg_at_k',
      })
      // A statement stays inside the function, before its closing brace.
      expect(code.trimEnd().endsWith('}'), snippet).toBe(true)
      expect(code.indexOf(snippet.split('\n')[0] ?? ''), snippet).toBeLessThan(
        code.lastIndexOf('}'),
      )
      expect(
        code.split('\n').find((l) => l.includes(snippet.split('\n')[0] ?? '')),
        snippet,
      ).toMatch(/^ {4}\S/)
    }
  })

  test('a long line of type-like words is scanned in one pass', () => {
    const started = performance.now()
    const { code } = insert({
      code: `${'int '.repeat(60_000)}x(\n${CPP}`,
      snippet: 'return 1.0;',
      language: 'cpp',
      cursor: null,
      functionName: 'ndcg_at_k',
    })
    expect(code).toContain('    return 0.0;\n    return 1.0;\n}')
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  test('a new line in an empty C++ document gets four-space steps after a brace', () => {
    const { code } = insert({
      code: 'int f() {\n\n}\n',
      snippet: 'return 1;',
      language: 'cpp',
      cursor: { line: 2, column: 1 },
    })
    expect(code).toBe('int f() {\n    return 1;\n}\n')
  })
})

// Every Java and C++ starter of the library: a statement inserted with no cursor lands inside the
// problem's function, one step deeper than its header, before the header's closing brace.
const LIBRARY = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/problems/problems',
)
const starters = fs.readdirSync(LIBRARY).flatMap((slug) => {
  const md = fs.readFileSync(path.join(LIBRARY, slug, 'problem.md'), 'utf8')
  const functions = /^function:(.*)$/m.exec(md)?.[1] ?? ''
  return (['java', 'cpp'] as const).flatMap((language) => {
    const file = path.join(LIBRARY, slug, `starter.${language}`)
    const name = new RegExp(`\\b${language}: (\\w+)`).exec(functions)?.[1]
    return fs.existsSync(file) && name
      ? [[`${slug} in ${language}`, language, name, fs.readFileSync(file, 'utf8')] as const]
      : []
  })
})

describe.runIf(starters.length > 0).each(starters)(
  'the library’s %s starter',
  (_name, language, functionName, starter) => {
    test('takes a statement inside its function', () => {
      const { code, edit } = insert({
        code: starter,
        snippet: 'int inserted_here = 0;',
        language,
        cursor: null,
        functionName,
      })
      const lines = code.split('\n')
      const header = lines.findIndex(
        (l) => l.includes(`${functionName}(`) && !/^\s*(\/\/|\*|\/\*)/.test(l),
      )
      const at = edit.firstLine - 1
      expect(header).toBeGreaterThanOrEqual(0)
      expect(at).toBeGreaterThan(header)
      const indent = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0
      expect(indent(lines[at] ?? '')).toBeGreaterThan(indent(lines[header] ?? ''))
      // The function's closing brace still follows, at the header's indentation.
      const closing = lines.findIndex((l, i) => i > at && /^\s*}/.test(l))
      expect(indent(lines[closing] ?? '')).toBe(indent(lines[header] ?? ''))
    })
  },
)
