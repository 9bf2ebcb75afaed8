// The open print-test importer on small synthetic folders: what imports, how, and why the rest is skipped.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  entryPoint,
  importOpenPrint,
  MAX_SOURCE_BYTES,
  MAX_TESTS,
  parseProblem,
  readProblemFiles,
  requiredPackages,
  topLevelDefinitions,
} from '../src/index.ts'

interface Source {
  title?: string
  starter?: string
  solution?: string
  tests?: unknown
  description?: string
}

const DESCRIPTION = 'Keep a running total of the values added so far and report it when asked.'

const COUNTER_STARTER = `class RunningTotal:
    def __init__(self, start=0):
        pass

    def add(self, value):
        pass

    def total(self):
        pass
`

const COUNTER_SOLUTION = `class RunningTotal:
    def __init__(self, start=0):
        self.sum = start

    def add(self, value):
        self.sum += value

    def total(self):
        return self.sum
`

const counterTest = (values: number[]) => ({
  test: `t = RunningTotal()\nfor v in ${JSON.stringify(values)}:\n    t.add(v)\nprint(t.total())`,
  expected_output: String(values.reduce((a, b) => a + b, 0)),
})

let src: string
let dest: string

beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'open-print-'))
  src = path.join(root, 'src')
  dest = path.join(root, 'dest')
  fs.mkdirSync(src)
})
afterEach(() => fs.rmSync(path.dirname(src), { recursive: true, force: true }))

function writeSource(folder: string, s: Source): void {
  const dir = path.join(src, folder)
  fs.mkdirSync(dir)
  const files: Record<string, string | undefined> = {
    'description.md': s.description ?? DESCRIPTION,
    'meta.json': JSON.stringify({ title: s.title ?? 'Running total', category: 'Data Streams' }),
    'starter_code.py': s.starter ?? COUNTER_STARTER,
    'solution.py': s.solution ?? COUNTER_SOLUTION,
    'tests.json': JSON.stringify(
      s.tests ?? [counterTest([1, 2]), counterTest([5]), counterTest([])],
    ),
  }
  for (const [name, text] of Object.entries(files)) {
    if (text !== undefined) fs.writeFileSync(path.join(dir, name), text)
  }
}

async function imported(slug: string) {
  return parseProblem(slug, await readProblemFiles(path.join(dest, slug)))
}

describe('importOpenPrint', () => {
  it('imports a starter that defines a class, naming the problem after the class', async () => {
    writeSource('1_running-total', {})
    const report = await importOpenPrint(src, dest)
    expect(report).toEqual({ imported: 1, skipped: [] })
    const problem = await imported('running-total')
    expect(problem.functionNames).toEqual({ python: 'RunningTotal' })
    expect(problem.areas).toEqual(['streaming'])
    expect(problem.cases).toHaveLength(3)
    expect(problem.cases.map((c) => c.visible)).toEqual([true, false, false])
    for (const c of problem.cases) {
      expect(c).toMatchObject({ language: 'python', compare: 'tokens' })
    }
    expect(problem.cases[0]).toMatchObject({
      script: counterTest([1, 2]).test,
      expectedOutput: '3',
    })
  })

  it('imports a problem with a single test: it is shown, and graded again as a hidden copy', async () => {
    writeSource('2_single', { tests: [counterTest([4, 4])] })
    expect(await importOpenPrint(src, dest)).toEqual({ imported: 1, skipped: [] })
    const problem = await imported('running-total')
    expect(problem.cases.map((c) => [c.name, c.visible])).toEqual([
      ['test 1', true],
      ['test 1 (graded copy)', false],
    ])
    const [shown, graded] = problem.cases
    expect(graded && 'script' in graded && graded.script).toBe(
      shown && 'script' in shown && shown.script,
    )
  })

  it('names the definition the tests use, functions first, and ignores indented ones', () => {
    const starter =
      'class Helper:\n    def inner(self):\n        pass\n\ndef clip(x, lo, hi):\n    pass\n'
    expect(topLevelDefinitions(starter)).toEqual([
      { kind: 'class', name: 'Helper' },
      { kind: 'def', name: 'clip' },
    ])
    expect(entryPoint(starter, ['print(clip(5, 0, 3))'])).toBe('clip')
    expect(entryPoint(starter, ['h = Helper()\nprint(h.inner())'])).toBe('Helper')
    // Nothing used: the first function, before any class.
    expect(entryPoint(starter, ['print(1)'])).toBe('clip')
    // A name inside another one, or after a dot, is not a use.
    expect(
      entryPoint('class Tree:\n    pass\ndef grow():\n    pass\n', ['x.grow()', 'Tree()']),
    ).toBe('Tree')
  })

  it('lists the libraries the code imports, among those a problem may require', async () => {
    expect(
      requiredPackages(
        'import numpy as np\nfrom sklearn.linear_model import Ridge',
        '    import torch\nimport tinygrad\nimport math',
      ),
    ).toEqual(['numpy', 'sklearn', 'torch'])
    writeSource('3_np', {
      solution: `import numpy as np\n\n${COUNTER_SOLUTION}`,
    })
    await importOpenPrint(src, dest)
    expect((await imported('running-total')).requires).toEqual(['numpy'])
  })

  it('imports two sources with one title, numbering the later one, and never overwrites', async () => {
    writeSource('10_total', {})
    writeSource('11_total-rounded', {})
    expect(await importOpenPrint(src, dest)).toEqual({ imported: 2, skipped: [] })
    expect(fs.readdirSync(dest).sort()).toEqual(['running-total', 'running-total-2'])
    const again = await importOpenPrint(src, dest)
    expect(again.imported).toBe(0)
    expect(again.skipped.map((s) => s.reason)).toEqual([
      'running-total already exists in the destination',
      'running-total already exists in the destination',
    ])
  })

  it('skips what it cannot convert, each with a specific reason', async () => {
    writeSource('a_no-definition', { starter: 'import math\n  def indented():\n    pass\n' })
    writeSource('b_not-a-list', { tests: { test: 'print(1)', expected_output: '1' } })
    writeSource('c_empty', { tests: [] })
    writeSource('d_no-output', { tests: [{ test: 'print(1)' }] })
    writeSource('e_blank-test', { tests: [{ test: '  ', expected_output: '' }] })
    writeSource('f_too-many', {
      tests: Array.from({ length: MAX_TESTS + 1 }, () => counterTest([1])),
    })
    writeSource('g_huge', { description: 'x'.repeat(MAX_SOURCE_BYTES + 1) })
    writeSource('h_no-title', { title: '  ' })
    const report = await importOpenPrint(src, dest)
    expect(report.imported).toBe(0)
    expect(report.skipped).toEqual([
      {
        source: 'a_no-definition',
        reason: 'starter_code.py defines no top-level function or class',
      },
      { source: 'b_not-a-list', reason: 'tests.json is not a list of tests' },
      { source: 'c_empty', reason: 'tests.json has no tests' },
      { source: 'd_no-output', reason: 'test 1 lacks "test" or "expected_output"' },
      { source: 'e_blank-test', reason: 'test 1 has an empty "test"' },
      {
        source: 'f_too-many',
        reason: `tests.json has ${MAX_TESTS + 1} tests, more than ${MAX_TESTS}`,
      },
      {
        source: 'g_huge',
        reason: `description.md is larger than 1024 KiB (${MAX_SOURCE_BYTES + 1} bytes)`,
      },
      { source: 'h_no-title', reason: 'meta.json has no title' },
    ])
    expect(fs.readdirSync(dest)).toEqual([])
  })

  it('finds definitions in a long adversarial starter in linear time', () => {
    const starter = `${'async '.repeat(100_000)}${'def \t'.repeat(100_000)}class\n`.repeat(2)
    const scripts = [`f${' \t'.repeat(200_000)}x`]
    const started = performance.now()
    expect(topLevelDefinitions(starter)).toEqual([])
    expect(entryPoint(`def f():\n    pass\n${starter}`, scripts)).toBe('f')
    expect(requiredPackages(`${' \t'.repeat(300_000)}import`)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
