// No import cycles in the workspace's sources: a cycle hides which module is the base and which
// builds on it (scoring once had two, report ↔ consistency and judge ↔ judge-combine).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const SOURCE_DIRS = [
  'apps/server/src',
  'apps/web/src',
  'packages/shared/src',
  'packages/problems/src',
]
const EXTENSIONS = ['.ts', '.tsx']

function sourceFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full)
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [full] : []
  })
}

/** Resolves a relative specifier to a file in the set, as the bundler and tsx would. */
function resolve(from: string, spec: string, files: Set<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const base = path.resolve(path.dirname(from), spec)
  const stem = base.replace(/\.(?:js|ts|tsx)$/, '')
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => stem + e),
    ...EXTENSIONS.map((e) => path.join(base, 'index' + e)),
  ]
  return candidates.find((c) => files.has(c))
}

/** Every import, `import type` and re-export counts: a type-only cycle still tangles the design. */
export function importGraph(files: string[]): Map<string, string[]> {
  const set = new Set(files)
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = info.importedFiles
      .map((f) => resolve(file, f.fileName, set))
      .filter((f): f is string => f !== undefined)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Strongly connected components with more than one member (or a self-import): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string): void => {
    indices.set(v, index)
    low.set(v, index)
    index++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!))
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component)
    }
  }
  for (const v of graph.keys()) if (!indices.has(v)) visit(v)
  return found
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(cycles(graph).map((c) => c.sort())).toEqual([['a', 'b', 'c']])
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([])
  })

  it('the workspace sources have none', () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))
    expect(files.length).toBeGreaterThan(50)
    const graph = importGraph(files)
    // The scoring folder is read through its imports; make sure they were resolved at all.
    const report = [...graph.keys()].find((f) => f.endsWith('scoring/report.ts'))
    expect(report && graph.get(report)!.length).toBeGreaterThan(3)
    const found = cycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)).sort())
    expect(found).toEqual([])
  })
})
