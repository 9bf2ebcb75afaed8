// Converts problems in the open "print-test" format into library problem folders, atomically.
import fs from 'node:fs/promises'
import path from 'node:path'
import { stringify as toYaml } from 'yaml'
import { PYTHON_PACKAGES, type Area, type Difficulty, type PythonPackage } from '@pairwise/shared'
import { parseProblem, type ProblemFiles } from './loader.ts'

export interface ImportReport {
  imported: number
  skipped: { source: string; reason: string }[]
}

const CATEGORY_AREAS: [RegExp, Area][] = [
  [/natural language|\bnlp\b|text|token/i, 'nlp'],
  [/vision|image|convolution|\bcnn\b/i, 'vision'],
  [/recommend|collaborative/i, 'recommendation'],
  [/rank|learning to rank/i, 'ranking'],
  [/retriev|embedding|nearest|search/i, 'retrieval'],
  [/graph|pagerank/i, 'graph'],
  [/stream|sketch|online/i, 'streaming'],
  [/map.?reduce|big data|distributed|spark/i, 'big-data'],
  [/\bads?\b|advertis|click|ctr|auction/i, 'ads'],
  [/statistic|probab|hypothesis|a\/b|experiment/i, 'experimentation'],
]

export function areasForCategory(category: string): Area[] {
  const areas = CATEGORY_AREAS.filter(([pattern]) => pattern.test(category)).map(([, area]) => area)
  return areas.length ? [...new Set(areas)] : ['ml-fundamentals']
}

function difficultyOf(raw: unknown): Difficulty {
  const text = String(raw ?? '').toLowerCase()
  if (text.startsWith('easy')) return 'easy'
  if (text.startsWith('hard')) return 'hard'
  return 'medium'
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      // Dashes come single from the line above, so one at either end is all there is to trim.
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '')
  )
}

const RUBRIC_SKELETON = {
  criteria: [
    {
      id: 'approach',
      title: 'States the approach',
      weight: 0.3,
      description: 'Explains the method step by step and why it solves the problem.',
      concepts: ['algorithm', 'key idea', 'data structure'],
    },
    {
      id: 'complexity',
      title: 'Complexity',
      weight: 0.2,
      description: 'Gives time and space complexity, with the reason.',
      concepts: ['time complexity', 'space complexity'],
    },
    {
      id: 'edge-cases',
      title: 'Edge cases',
      weight: 0.2,
      description: 'Names the inputs that need care and how they are handled.',
      concepts: ['empty input', 'degenerate values', 'numerical stability'],
    },
    {
      id: 'tradeoffs',
      title: 'Trade-offs',
      weight: 0.15,
      description: 'Compares the approach with an alternative.',
      concepts: ['alternative approach', 'trade-off'],
    },
    {
      id: 'validation',
      title: 'How it was validated',
      weight: 0.15,
      description: 'Says how the result was checked.',
      concepts: ['test cases', 'hand-computed example'],
    },
  ],
  referenceExplanation:
    'Imported problem: an instructor writes the reference explanation before publishing it.',
}

const HINTS = `## Hint 1

Restate the task in your own words: what goes in, what must come out, and in what format is it printed?

## Hint 2

Work one small example by hand first. Which intermediate values do you need, and in what order?

## Hint 3

Check the edge cases the statement names, and compare your printed output with the expected output
value by value: rounding matters, the spaces and commas between values do not.
`

/** Each source file is read whole; past this size the problem is skipped, with the file named. */
export const MAX_SOURCE_BYTES = 1024 * 1024
/** More tests than this in one tests.json is not a problem a person solves; it is skipped. */
export const MAX_TESTS = 500

async function readText(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name)
  const { size } = await fs.stat(file)
  if (size > MAX_SOURCE_BYTES) {
    throw new Error(`${name} is larger than ${MAX_SOURCE_BYTES / 1024} KiB (${size} bytes)`)
  }
  return fs.readFile(file, 'utf8')
}

/** A JSON file's value; a file that is not JSON is the reason to skip the problem. */
async function readJson(dir: string, name: string): Promise<unknown> {
  const text = await readText(dir, name)
  try {
    return JSON.parse(text) as unknown
  } catch (err) {
    throw new Error(`${name} is not valid JSON`, { cause: err })
  }
}

/** The top-level functions and classes a Python file defines, in file order. */
export function topLevelDefinitions(code: string): { kind: 'def' | 'class'; name: string }[] {
  // Anchored at a line start with no indentation: methods and nested helpers are not candidates.
  return [...code.matchAll(/^(?:async[ \t]+)?(def|class)[ \t]+([A-Za-z_]\w*)/gm)].map((m) => ({
    kind: m[1] === 'class' ? ('class' as const) : ('def' as const),
    name: m[2] ?? '',
  }))
}

/**
 * The name the problem is about: among the starter's top-level definitions, the first the tests
 * use (functions before classes), else the first function, else the first class. A class starter
 * works as is: script cases construct it and print, and the name only labels the problem.
 */
export function entryPoint(starter: string, scripts: string[]): string | undefined {
  const defs = topLevelDefinitions(starter)
  const used = (name: string) =>
    scripts.some((script) => new RegExp(`(?<![\\w.])${name}[ \t]*[(.]`).test(script))
  const ordered = [
    ...defs.filter((d) => d.kind === 'def'),
    ...defs.filter((d) => d.kind === 'class'),
  ]
  return (ordered.find((d) => used(d.name)) ?? ordered[0])?.name
}

/** The libraries of `requires` that the code imports (numpy, scipy, pandas, sklearn, torch). */
export function requiredPackages(...sources: string[]): PythonPackage[] {
  const found = new Set<string>()
  for (const source of sources) {
    for (const m of source.matchAll(/^[ \t]*(?:import|from)[ \t]+([A-Za-z_]\w*)/gm)) {
      if (m[1]) found.add(m[1])
    }
  }
  return PYTHON_PACKAGES.filter((name) => found.has(name))
}

interface ScriptCaseOut {
  name: string
  language: 'python'
  script: string
  expectedOutput: string
  visible: boolean
  compare: 'tokens'
}

/**
 * The script cases of a tests.json: the first third are visible (at least one), the rest hidden,
 * each compared token by token (whitespace and commas only separate, numbers match by value).
 * A single test is shown, and graded again as a hidden copy, since a problem needs both a case
 * the candidate sees and one that grades the submission.
 */
export function scriptCases(tests: unknown): ScriptCaseOut[] {
  if (!Array.isArray(tests)) throw new Error('tests.json is not a list of tests')
  if (tests.length === 0) throw new Error('tests.json has no tests')
  if (tests.length > MAX_TESTS) {
    throw new Error(`tests.json has ${tests.length} tests, more than ${MAX_TESTS}`)
  }
  const cases = tests.map((t: unknown, i): ScriptCaseOut => {
    const test = (t ?? {}) as { test?: unknown; expected_output?: unknown }
    if (typeof test.test !== 'string' || test.expected_output === undefined) {
      throw new Error(`test ${i + 1} lacks "test" or "expected_output"`)
    }
    if (!test.test.trim()) throw new Error(`test ${i + 1} has an empty "test"`)
    return {
      name: `test ${i + 1}`,
      language: 'python',
      script: test.test,
      expectedOutput: String(test.expected_output),
      visible: i < Math.max(1, Math.floor(tests.length / 3)),
      // The expected outputs are written by hand ("[0, 0, 1]" for an array printing "[0 0 1]").
      compare: 'tokens',
    }
  })
  const only = cases.length === 1 ? cases[0] : undefined
  if (only) cases.push({ ...only, name: `${only.name} (graded copy)`, visible: false })
  return cases
}

/** Builds the files of one problem, or throws an Error whose message is the reason to skip it. */
export async function convertOpenPrint(
  dir: string,
): Promise<{ slug: string; files: ProblemFiles }> {
  const required = ['description.md', 'starter_code.py', 'solution.py', 'tests.json', 'meta.json']
  for (const name of required) {
    try {
      await fs.access(path.join(dir, name))
    } catch {
      throw new Error(`${name} is missing`)
    }
  }
  const metaJson = await readJson(dir, 'meta.json')
  const tests = await readJson(dir, 'tests.json')
  if (typeof metaJson !== 'object' || metaJson === null) {
    throw new Error('meta.json is not an object')
  }
  const meta = metaJson as Record<string, unknown>
  const cases = scriptCases(tests)
  const starter = await readText(dir, 'starter_code.py')
  const solution = await readText(dir, 'solution.py')
  const fn = entryPoint(
    starter,
    cases.map((c) => c.script),
  )
  if (!fn) throw new Error('starter_code.py defines no top-level function or class')
  const title = String(meta.title ?? '').trim()
  if (!title) throw new Error('meta.json has no title')
  const slug = slugify(title) || slugify(path.basename(dir))
  const description = (await readText(dir, 'description.md')).trim()
  const requires = requiredPackages(starter, solution, ...cases.map((c) => c.script))
  const front = {
    title: title.slice(0, 120),
    areas: areasForCategory(String(meta.category ?? '')),
    difficulty: difficultyOf(meta.difficulty),
    function: fn,
    languages: ['python'],
    timeLimitMs: 5000,
    assistant: 'coach',
    ...(requires.length ? { requires } : {}),
  }
  const files: ProblemFiles = {
    'problem.md': `---\n${toYaml(front).trim()}\n---\n\n${description}\n`,
    'starter.py': starter,
    'solution.py': solution,
    'tests.json': `${JSON.stringify({ cases }, null, 2)}\n`,
    'rubric.json': `${JSON.stringify(RUBRIC_SKELETON, null, 2)}\n`,
    'hints.md': HINTS,
  }
  // The converted folder must load like any library problem.
  parseProblem(slug, files)
  return { slug, files }
}

/** Imports every problem folder under src into dest. A problem is written whole or not at all. */
export async function importOpenPrint(src: string, dest: string): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, skipped: [] }
  const entries = (await fs.readdir(src, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
  await fs.mkdir(dest, { recursive: true })
  const written = new Set<string>()
  for (const entry of entries) {
    const source = entry.name
    try {
      const converted = await convertOpenPrint(path.join(src, source))
      const { files } = converted
      // Two sources with one title (a problem and a variant of it) both import: later ones get -2, -3…
      let slug = converted.slug
      for (let n = 2; written.has(slug); n++) slug = `${converted.slug}-${n}`
      const target = path.join(dest, slug)
      if (
        await fs.stat(target).then(
          () => true,
          () => false,
        )
      ) {
        throw new Error(`${slug} already exists in the destination`)
      }
      const staging = await fs.mkdtemp(path.join(dest, `.import-${slug}-`))
      try {
        for (const [name, text] of Object.entries(files)) {
          await fs.writeFile(path.join(staging, name), text)
        }
        await fs.rename(staging, target)
      } catch (err) {
        await fs.rm(staging, { recursive: true, force: true })
        throw err
      }
      written.add(slug)
      report.imported++
    } catch (err) {
      report.skipped.push({ source, reason: (err as Error).message })
    }
  }
  return report
}
