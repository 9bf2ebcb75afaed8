// Converts problems in the open "print-test" format into library problem folders, atomically.
import fs from 'node:fs/promises'
import path from 'node:path'
import { stringify as toYaml } from 'yaml'
import type { Area, Difficulty } from '@pairwise/shared'
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
character by character (rounding and spacing matter).
`

async function readText(dir: string, name: string): Promise<string> {
  return fs.readFile(path.join(dir, name), 'utf8')
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
  let meta: Record<string, unknown>
  let tests: unknown
  try {
    meta = JSON.parse(await readText(dir, 'meta.json')) as Record<string, unknown>
  } catch {
    throw new Error('meta.json is not valid JSON')
  }
  try {
    tests = JSON.parse(await readText(dir, 'tests.json'))
  } catch {
    throw new Error('tests.json is not valid JSON')
  }
  if (!Array.isArray(tests) || tests.length === 0) throw new Error('tests.json has no tests')
  const cases = tests.map((t: unknown, i) => {
    const test = t as { test?: unknown; expected_output?: unknown }
    if (typeof test.test !== 'string' || test.expected_output === undefined) {
      throw new Error(`test ${i + 1} lacks "test" or "expected_output"`)
    }
    return {
      name: `test ${i + 1}`,
      language: 'python' as const,
      script: test.test,
      expectedOutput: String(test.expected_output),
      // The first third is shown to the candidate; the rest grade the submission.
      visible: i < Math.max(1, Math.floor(tests.length / 3)),
    }
  })
  if (!cases.some((c) => !c.visible)) throw new Error('needs at least two tests (one stays hidden)')
  const starter = await readText(dir, 'starter_code.py')
  const fn = /^def\s+([A-Za-z_]\w*)\s*\(/m.exec(starter)?.[1]
  if (!fn) throw new Error('starter_code.py defines no function')
  const title = String(meta.title ?? '').trim()
  if (!title) throw new Error('meta.json has no title')
  const slug = slugify(title) || slugify(path.basename(dir))
  const description = (await readText(dir, 'description.md')).trim()
  const front = {
    title: title.slice(0, 120),
    areas: areasForCategory(String(meta.category ?? '')),
    difficulty: difficultyOf(meta.difficulty),
    function: fn,
    languages: ['python'],
    timeLimitMs: 5000,
    assistant: 'coach',
  }
  const files: ProblemFiles = {
    'problem.md': `---\n${toYaml(front).trim()}\n---\n\n${description}\n`,
    'starter.py': starter,
    'solution.py': await readText(dir, 'solution.py'),
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
  for (const entry of entries) {
    const source = entry.name
    try {
      const { slug, files } = await convertOpenPrint(path.join(src, source))
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
      report.imported++
    } catch (err) {
      report.skipped.push({ source, reason: (err as Error).message })
    }
  }
  return report
}
