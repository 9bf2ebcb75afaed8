// problem.md's typed `signature` and `records`: parsed once, refused with a reason that says where.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  casesMismatch,
  LIBRARY_DIR,
  parseProblem,
  parseSignature,
  problemToFiles,
  readProblemFiles,
} from '../src/index.ts'

function parse(text: string, records: Record<string, string> = {}) {
  const reasons: string[] = []
  const signature = parseSignature(text, records, reasons)
  return { signature, reasons }
}

describe('parseSignature', () => {
  it('reads parameters, nested types and both kinds of record, each record after those it uses', () => {
    const { signature, reasons } = parse(
      '(counts: list[long], by_key:dict[str,list[optional[float]]], pairs: list[Pair]) -> Result',
      { Result: '{best: optional[Pair], ok: bool}', Pair: '(doc: int, label: str)' },
    )
    expect(reasons).toEqual([])
    expect(signature?.params).toEqual([
      { name: 'counts', type: { kind: 'list', of: { kind: 'long' } } },
      {
        name: 'by_key',
        type: {
          kind: 'dict',
          of: { kind: 'list', of: { kind: 'optional', of: { kind: 'float' } } },
        },
      },
      { name: 'pairs', type: { kind: 'list', of: { kind: 'record', name: 'Pair' } } },
    ])
    expect(signature?.returns).toEqual({ kind: 'record', name: 'Result' })
    expect(signature?.records.map((r) => [r.name, r.shape])).toEqual([
      ['Pair', 'tuple'],
      ['Result', 'object'],
    ])
  })

  it.each([
    [
      '(xs: list[int] -> float',
      /signature: expected "," or "\)" after the type of "xs" at column 16 \("->"\)/,
    ],
    ['(xs: list[int])', /signature: expected "->" before the return type at the end/],
    ['(xs: array[int]) -> float', /unknown type "array" at column 6/],
    ['(xs: dict[int, float]) -> float', /a dict's keys are always str/],
    ['(xs: list[int]) -> float float', /unexpected text at column 26 \("float"\)/],
    ['(xs: list[int]; k: int) -> float', /unexpected character ";" at column 15/],
    ['(Xs: int) -> int', /parameter "Xs" must be snake_case/],
    ['(class: int) -> int', /parameter "class" is a reserved word/],
    ['(a: int, a: int) -> int', /parameter "a" is named twice/],
    ['(a: optional[optional[int]]) -> int', /optional\[optional\[…\]\] says nothing more/],
    ['(a: Missing) -> int', /uses the record Missing, which records: does not declare/],
    [`(a: ${'list['.repeat(20)}int${']'.repeat(20)}) -> int`, /types nest too deeply/],
  ])('refuses %s', (text, reason) => {
    const { signature, reasons } = parse(text)
    expect(signature).toBeUndefined()
    expect(reasons.join('\n')).toMatch(reason)
  })

  it('refuses records that shadow Java classes, refer to each other in a cycle, or are not records', () => {
    const { reasons } = parse('(a: A) -> String', {
      String: '{x: int}',
      A: '{b: B}',
      B: '(a: list[A])',
      C: '[x: int]',
      lower: '{x: int}',
    })
    expect(reasons).toEqual(
      expect.arrayContaining([
        "problem.md: records: String: the name is taken by Java's standard classes or the harness",
        'problem.md: records: C: a record is {a: T, …} (a JSON object) or (a: T, …) (a JSON array), not [x: int]',
        "problem.md: records: lower: a record's name is CamelCase (a letter A-Z, then letters and digits)",
        'records refer to each other in a cycle: A → B → A',
      ]),
    )
  })

  it('parses a long signature in one pass', () => {
    const text = `(${Array.from({ length: 150 }, (_, i) => `p${i}: list[int]`).join(', ')}) -> int`
    const started = performance.now()
    expect(parse(text).reasons).toEqual([])
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('cases against the signature', () => {
  const { signature } = parse('(xs: list[int], k: int) -> Pair', { Pair: '(a: float, b: bool)' })

  it('accepts values of the types, NaN tags included, and names the first part that is not', () => {
    expect(
      casesMismatch(signature!, [
        { name: 'fine', args: [[1, 2], 3], expected: [{ $number: 'NaN' }, true] },
        { name: 'float for int', args: [[1, 2.5], 3], expected: [1, true] },
        { name: 'too big for int', args: [[1], 2 ** 31], expected: [1, true] },
        { name: 'short tuple', args: [[1], 1], expected: [1] },
        { name: 'one argument', args: [[1]], expected: [1, true] },
      ]),
    ).toEqual([
      'tests.json: case "float for int": argument xs: expected int at [1], got 2.5',
      'tests.json: case "too big for int": argument k: expected int, got 2147483648',
      'tests.json: case "short tuple": expected value: expected Pair, got [1]',
      'tests.json: case "one argument" has 1 arguments, the signature 2',
    ])
  })
})

describe('a problem with Java and C++', () => {
  const NDCG = path.join(LIBRARY_DIR, 'ndcg-at-k')

  it('parses the signature and keeps it through problemToFiles', async () => {
    const p = parseProblem('ndcg-at-k', await readProblemFiles(NDCG))
    expect(p.languages).toEqual(['python', 'typescript', 'java', 'cpp'])
    expect(p.signature?.params.map((x) => x.name)).toEqual(['relevances', 'k'])
    const again = parseProblem('ndcg-at-k', problemToFiles(p))
    expect(again.signature).toEqual(p.signature)
    expect(again.starter.java).toBe(p.starter.java)
    expect(again.solutions.cpp).toBe(p.solutions.cpp)
  })

  it('needs a signature, and Java and C++ files that define the function', async () => {
    const files = await readProblemFiles(NDCG)
    const md = files['problem.md'] ?? ''
    const withoutSignature = { ...files, 'problem.md': md.replace(/^signature:.*\n/m, '') }
    expect(() => parseProblem('ndcg-at-k', withoutSignature)).toThrow(
      /java and cpp need a signature/,
    )
    const renamed = {
      ...files,
      'solution.java': (files['solution.java'] ?? '').replace(/ndcgAtK/g, 'ndcg'),
    }
    expect(() => parseProblem('ndcg-at-k', renamed)).toThrow(
      /solution\.java: the code defines no function ndcgAtK/,
    )
    const noCpp = { ...files }
    delete noCpp['starter.cpp']
    expect(() => parseProblem('ndcg-at-k', noCpp)).toThrow(/starter\.cpp is missing/)
    const wrongCase = {
      ...files,
      'tests.json': (files['tests.json'] ?? '').replace(
        '[[3, 2, 3, 0, 1, 2], 6]',
        '[[3, 2, 3, 0, 1, 2], "6"]',
      ),
    }
    expect(() => parseProblem('ndcg-at-k', wrongCase)).toThrow(/argument k: expected int, got "6"/)
  })
})
