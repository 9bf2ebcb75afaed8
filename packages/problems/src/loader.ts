// Reads problem folders (CONTRACT.md's format) into ProblemDefinitions, reporting every defect found.
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import {
  GeneratorConfig,
  LANGUAGES,
  malformedNumberTags,
  NUMBER_TAG_ADVICE,
  ProblemFrontMatter,
  Rubric,
  TestSuite,
  type Language,
  type ProblemDefinition,
  type ProblemGenerator,
  type ProblemSignature,
} from '@pairwise/shared'
import { casesMismatch, parseSignature } from './signature.ts'

export const LIBRARY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../problems')

/** The file extension of each language's starter, solution and mutants. */
export const EXTENSIONS: Record<Language, string> = {
  python: 'py',
  typescript: 'ts',
  java: 'java',
  cpp: 'cpp',
}

/** Languages whose harness is generated from the problem's typed signature. */
const TYPED: readonly Language[] = ['java', 'cpp']

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** What a Java or C++ file must hold for the harness to find the function in it. */
function typedFileReasons(
  file: string,
  language: Language,
  code: string,
  functionName: string,
): string[] {
  const reasons: string[] = []
  if (language === 'java' && !/\bclass\s+Solution\b/.test(code)) {
    reasons.push(`${file}: the code defines no class Solution`)
  }
  if (!new RegExp(`\\b${functionName}\\s*\\(`).test(code)) {
    reasons.push(`${file}: the code defines no function ${functionName}`)
  }
  return reasons
}

export class ProblemFormatError extends Error {
  constructor(
    readonly slug: string,
    readonly reasons: string[],
  ) {
    super(`${slug}: ${reasons.join('; ')}`)
  }
}

export interface ProblemFiles {
  [name: string]: string
}

function zodReasons(file: string, error: z.ZodError): string[] {
  return error.issues.map(
    (i) => `${file}: ${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`,
  )
}

export function splitFrontMatter(markdown: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(markdown)
  if (!match) return undefined
  return { front: match[1] ?? '', body: (match[2] ?? '').trim() }
}

export function parseHints(markdown: string): string[] {
  return markdown
    .split(/^## Hint \d+\s*$/m)
    .slice(1)
    .map((h) => h.trim())
    .filter((h) => h.length > 0)
}

/** A stable hash of a problem's content: its files' names and bytes, in name order. */
export function hashProblemFiles(files: ProblemFiles): string {
  const hash = createHash('sha256')
  for (const name of Object.keys(files).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(files[name] ?? '')
      .update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * The optional input generator: generator.py defines `generate(n: int, seed: int) -> list`, the
 * argument list of the problem's function at size n (deterministic, standard library only, via
 * `random.Random(seed)`); generator.json is `{"sizes": [rising n, 3 to 8 of them], "seed": 1,
 * "expected": "O(n log n)"}`, the reference solution's time complexity in n. The growth
 * measurement runs generator.py inside the sandbox, as it does candidate code.
 */
function parseGenerator(
  files: ProblemFiles,
  parseJson: (file: string) => unknown,
  reasons: string[],
): ProblemGenerator | undefined {
  const code = files['generator.py']
  const hasConfig = files['generator.json'] !== undefined
  if (code === undefined && !hasConfig) return undefined
  if (code === undefined) {
    reasons.push('generator.json has no generator.py beside it')
    return undefined
  }
  if (!/^def generate\s*\(/m.test(code)) reasons.push('generator.py defines no generate(n, seed)')
  if (!hasConfig) {
    reasons.push('generator.py has no generator.json beside it')
    return undefined
  }
  const json = parseJson('generator.json')
  if (json === undefined) return undefined
  const config = GeneratorConfig.safeParse(json)
  if (!config.success) {
    reasons.push(...zodReasons('generator.json', config.error))
    return undefined
  }
  const { sizes, seed, expected } = config.data
  return { code, sizes, seed, expectedComplexity: expected }
}

/** Builds a ProblemDefinition from a folder's files, or throws ProblemFormatError with all reasons. */
export function parseProblem(slug: string, files: ProblemFiles): ProblemDefinition {
  const reasons: string[] = []
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    reasons.push('the folder name must be a kebab-case slug')

  const md = files['problem.md']
  const split = md === undefined ? undefined : splitFrontMatter(md)
  let front: ProblemFrontMatter | undefined
  if (md === undefined) reasons.push('problem.md is missing')
  else if (!split) reasons.push('problem.md has no YAML front matter between --- lines')
  else {
    try {
      const parsed = ProblemFrontMatter.safeParse(parseYaml(split.front))
      if (parsed.success) front = parsed.data
      else reasons.push(...zodReasons('problem.md', parsed.error))
    } catch (err) {
      reasons.push(`problem.md: front matter is not valid YAML (${(err as Error).message})`)
    }
    if (split && split.body.length < 40) reasons.push('problem.md: the statement is too short')
  }

  const parseJson = (file: string): unknown => {
    const text = files[file]
    if (text === undefined) {
      reasons.push(`${file} is missing`)
      return undefined
    }
    try {
      return JSON.parse(text)
    } catch (err) {
      reasons.push(`${file} is not valid JSON (${(err as Error).message})`)
      return undefined
    }
  }

  const testsJson = parseJson('tests.json')
  const suite = testsJson === undefined ? undefined : TestSuite.safeParse(testsJson)
  if (suite && !suite.success) reasons.push(...zodReasons('tests.json', suite.error))
  const cases = suite?.success ? suite.data.cases : []
  if (suite?.success) {
    const names = new Set<string>()
    for (const c of cases) {
      if (names.has(c.name)) reasons.push(`tests.json: two cases are named "${c.name}"`)
      names.add(c.name)
    }
    for (const c of cases) {
      if ('script' in c) continue
      for (const at of malformedNumberTags({ args: c.args, expected: c.expected })) {
        reasons.push(`tests.json: case "${c.name}": ${at.join('.')} ${NUMBER_TAG_ADVICE}`)
      }
    }
    for (const c of cases) {
      if ('large' in c && c.large && c.visible) {
        reasons.push(`tests.json: case "${c.name}" is large, so it must be hidden`)
      }
    }
    if (!cases.some((c) => c.visible)) reasons.push('tests.json: no case is visible')
    if (!cases.some((c) => !c.visible)) reasons.push('tests.json: no case is hidden')
  }

  const rubricJson = parseJson('rubric.json')
  const rubric = rubricJson === undefined ? undefined : Rubric.safeParse(rubricJson)
  if (rubric && !rubric.success) reasons.push(...zodReasons('rubric.json', rubric.error))
  if (rubric?.success) {
    const sum = rubric.data.criteria.reduce((s, c) => s + c.weight, 0)
    if (Math.abs(sum - 1) > 1e-6) reasons.push(`rubric.json: weights sum to ${sum}, not 1`)
    const ids = rubric.data.criteria.map((c) => c.id)
    if (new Set(ids).size !== ids.length) reasons.push('rubric.json: criterion ids repeat')
    // Unique across the whole problem, not per criterion, so a scorer's evidence can name one.
    const seen = new Set<string>()
    for (const c of rubric.data.criteria) {
      for (const m of c.misconceptions ?? []) {
        if (seen.has(m.id)) reasons.push(`rubric.json: misconception id "${m.id}" repeats`)
        seen.add(m.id)
      }
    }
  }

  const generator = parseGenerator(files, parseJson, reasons)

  let signature: ProblemSignature | undefined
  if (front?.signature !== undefined) {
    signature = parseSignature(front.signature, front.records ?? {}, reasons)
    if (signature) reasons.push(...casesMismatch(signature, cases))
  } else if (front?.records !== undefined) {
    reasons.push('problem.md: records are declared, but there is no signature')
  }
  if (front && front.signature === undefined) {
    const typed = front.languages.filter((language) => TYPED.includes(language))
    if (typed.length > 0) {
      reasons.push(
        `problem.md: ${typed.join(' and ')} need a signature, e.g. signature: "(xs: list[int], k: int) -> float"`,
      )
    }
  }

  const hints = files['hints.md'] === undefined ? [] : parseHints(files['hints.md'])
  if (files['hints.md'] === undefined) reasons.push('hints.md is missing')
  else if (hints.length === 0) reasons.push('hints.md has no "## Hint N" sections')

  const functionNames: Partial<Record<Language, string>> = {}
  const starter: Partial<Record<Language, string>> = {}
  const solutions: Partial<Record<Language, string>> = {}
  if (front) {
    for (const language of front.languages) {
      const name = typeof front.function === 'string' ? front.function : front.function[language]
      if (!name) reasons.push(`problem.md: no function name for ${language}`)
      else functionNames[language] = name
      const ext = EXTENSIONS[language]
      const s = files[`starter.${ext}`]
      const sol = files[`solution.${ext}`]
      if (s === undefined) reasons.push(`starter.${ext} is missing`)
      else starter[language] = s
      if (sol === undefined) reasons.push(`solution.${ext} is missing`)
      else solutions[language] = sol
      if (TYPED.includes(language) && name) {
        if (!IDENTIFIER.test(name) || (language === 'cpp' && name === 'main')) {
          reasons.push(`problem.md: "${name}" cannot name a ${language} function`)
        } else {
          for (const [file, code] of [
            [`starter.${ext}`, s],
            [`solution.${ext}`, sol],
          ] as const) {
            if (code !== undefined) {
              reasons.push(...typedFileReasons(file, language, code, name))
            }
          }
        }
      }
    }
    if (front.requires.length > 0 && !front.languages.includes('python')) {
      reasons.push('problem.md: requires names Python packages, but the problem offers no Python')
    }
    for (const c of cases) {
      if ('language' in c && !front.languages.includes(c.language)) {
        reasons.push(`tests.json: case "${c.name}" is for ${c.language}, which the problem lacks`)
      }
    }
  }

  if (reasons.length > 0 || !front || !split || !rubric?.success) {
    throw new ProblemFormatError(slug, reasons.length ? reasons : ['the problem is incomplete'])
  }
  return {
    slug,
    title: front.title,
    areas: front.areas,
    difficulty: front.difficulty,
    languages: front.languages,
    functionNames,
    timeLimitMs: front.timeLimitMs,
    memoryMb: front.memoryMb,
    assistant: front.assistant,
    requires: front.requires,
    statement: split.body,
    starter,
    solutions,
    cases,
    rubric: rubric.data,
    hints,
    contentHash: hashProblemFiles(files),
    ...(generator === undefined ? {} : { generator }),
    ...(signature === undefined ? {} : { signature }),
  }
}

const KNOWN_FILES = [
  'problem.md',
  'tests.json',
  'rubric.json',
  'hints.md',
  ...LANGUAGES.flatMap((l) => [`starter.${EXTENSIONS[l]}`, `solution.${EXTENSIONS[l]}`]),
  'generator.py',
  'generator.json',
]

export async function readProblemFiles(dir: string): Promise<ProblemFiles> {
  const files: ProblemFiles = {}
  for (const name of KNOWN_FILES) {
    try {
      files[name] = await fs.readFile(path.join(dir, name), 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
  }
  return files
}

export async function loadProblem(dir: string): Promise<ProblemDefinition> {
  return parseProblem(path.basename(dir), await readProblemFiles(dir))
}

export interface LibraryLoad {
  problems: ProblemDefinition[]
  errors: ProblemFormatError[]
}

/** Loads every problem folder under root; a broken folder is reported, never fatal to the rest. */
export async function loadLibrary(root: string = LIBRARY_DIR): Promise<LibraryLoad> {
  const entries = await fs.readdir(root, { withFileTypes: true })
  const problems: ProblemDefinition[] = []
  const errors: ProblemFormatError[] = []
  for (const entry of entries
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      problems.push(await loadProblem(path.join(root, entry.name)))
    } catch (err) {
      if (err instanceof ProblemFormatError) errors.push(err)
      else throw err
    }
  }
  return { problems, errors }
}
