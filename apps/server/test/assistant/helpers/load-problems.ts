// Loads problem folders (the library's, or the fixtures beside these tests) as ProblemDefinitions,
// secrets included, so tests can prove the secrets never reach the assistant.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type {
  AssistantPolicy,
  Area,
  Difficulty,
  Language,
  ProblemDefinition,
  Rubric,
  TestCase,
} from '@pairwise/shared'

export const FIXTURE_PROBLEMS_DIR = fileURLToPath(new URL('../fixtures/problems', import.meta.url))
export const LIBRARY_PROBLEMS_DIR = fileURLToPath(
  new URL('../../../../../packages/problems/problems', import.meta.url),
)

const REQUIRED_FILES = ['problem.md', 'hints.md', 'rubric.json', 'tests.json']

/** Complete problem folders under `dir` (others are still being written, so they are skipped). */
export function problemDirs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name))
    .filter((path) => REQUIRED_FILES.every((file) => existsSync(join(path, file))))
    .sort()
}

export function loadProblem(dir: string): ProblemDefinition {
  const slug = dir.split(/[\\/]/).at(-1) ?? 'problem'
  const read = (file: string) => readFileSync(join(dir, file), 'utf8')
  const optional = (file: string) => (existsSync(join(dir, file)) ? read(file) : undefined)
  const { meta, body } = splitFrontMatter(read('problem.md'))
  const languages = asList(meta.languages) as Language[]
  const fn = meta.function
  const functionNames: Partial<Record<Language, string>> = {}
  for (const language of languages) {
    const name = typeof fn === 'string' ? fn : Array.isArray(fn) ? undefined : fn?.[language]
    if (name) functionNames[language] = name
  }
  const files = (prefix: string) => {
    const found: Partial<Record<Language, string>> = {}
    const py = optional(`${prefix}.py`)
    const ts = optional(`${prefix}.ts`)
    if (py !== undefined) found.python = py
    if (ts !== undefined) found.typescript = ts
    return found
  }
  const cases = (JSON.parse(read('tests.json')) as { cases: TestCase[] }).cases
  return {
    slug,
    title: String(meta.title ?? slug),
    areas: asList(meta.areas) as Area[],
    difficulty: String(meta.difficulty ?? 'easy') as Difficulty,
    languages,
    functionNames,
    timeLimitMs: Number(meta.timeLimitMs ?? 5000),
    memoryMb: undefined,
    assistant: String(meta.assistant ?? 'coach') as AssistantPolicy,
    statement: body.trim(),
    starter: files('starter'),
    solutions: files('solution'),
    cases,
    rubric: JSON.parse(read('rubric.json')) as Rubric,
    hints: parseHints(read('hints.md')),
    contentHash: `test-${slug}`,
  }
}

export function parseHints(markdown: string): string[] {
  return markdown
    .split(/^## Hint \d+\s*$/m)
    .slice(1)
    .map((hint) => hint.trim())
    .filter(Boolean)
}

type FrontValue = string | string[] | Record<string, string> | undefined

/** Enough YAML for the front matter's flat keys, `[a, b]` lists and `{ k: v }` maps. */
function splitFrontMatter(text: string): { meta: Record<string, FrontValue>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)
  if (!match) return { meta: {}, body: text }
  const meta: Record<string, FrontValue> = {}
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^(\w+):\s*(.*)$/.exec(line)
    if (!pair?.[1]) continue
    meta[pair[1]] = parseValue((pair[2] ?? '').trim())
  }
  return { meta, body: match[2] ?? '' }
}

function parseValue(raw: string): FrontValue {
  const unquote = (s: string) => s.trim().replace(/^['"]|['"]$/g, '')
  if (raw.startsWith('[')) return raw.slice(1, -1).split(',').map(unquote).filter(Boolean)
  if (raw.startsWith('{')) {
    const map: Record<string, string> = {}
    for (const entry of raw.slice(1, -1).split(',')) {
      const [key, value] = entry.split(':')
      if (key && value) map[unquote(key)] = unquote(value)
    }
    return map
  }
  return unquote(raw)
}

function asList(value: FrontValue): string[] {
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? [value] : []
}
