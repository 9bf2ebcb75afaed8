// Schemas of a problem in the library's folder format, and of what the API shows of one.
import { z } from 'zod'
import { Area, AssistantPolicy, Difficulty, Language } from './areas.ts'
import { PythonPackage } from './python-packages.ts'
import type { ProblemSignature } from './signature.ts'

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens')
  .max(80)

export const ProblemFrontMatter = z.strictObject({
  title: z.string().min(3).max(120),
  areas: z.array(Area).min(1),
  difficulty: Difficulty,
  function: z.union([z.string().min(1), z.partialRecord(Language, z.string().min(1))]),
  languages: z.array(Language).min(1),
  timeLimitMs: z.number().int().positive().max(60_000).default(5_000),
  memoryMb: z.number().int().positive().max(4096).optional(),
  assistant: AssistantPolicy.default('coach'),
  /** Python libraries beyond the standard library that the problem needs, e.g. `[torch]`. */
  requires: z
    .array(PythonPackage)
    .default([])
    .refine((names) => new Set(names).size === names.length, 'name each package once'),
  /**
   * The function's typed signature, `(relevances: list[int], k: int) -> float`: required when the
   * problem offers Java or C++, whose harnesses are generated from it (packages/problems parses it).
   */
  signature: z.string().min(4).max(2000).optional(),
  /** Records the signature names: `Name: "{a: int, b: float}"` (object) or `"(a: int, b: float)"`. */
  records: z.record(z.string(), z.string().min(2).max(2000)).optional(),
})
export type ProblemFrontMatter = z.infer<typeof ProblemFrontMatter>

export const FunctionCase = z.strictObject({
  name: z.string().min(1).max(200),
  args: z.array(z.unknown()),
  expected: z.unknown(),
  visible: z.boolean(),
  tolerance: z.number().nonnegative().optional(),
  /**
   * A hidden case large enough that a method slower than the problem's required complexity runs
   * out of time on it. Large cases run after the others, and a timeout on one after every other
   * case passed reads "correct on every smaller case, but too slow".
   */
  large: z.boolean().optional(),
})
export type FunctionCase = z.infer<typeof FunctionCase>

/**
 * How a script case's output is compared: `lines` (the default) compares the text, trimmed, line
 * by line; `tokens` ignores whitespace and commas and compares numbers by value, for expected
 * output written by hand (`[0, 0, 1]` for a NumPy array that prints `[0 0 1]`).
 */
export const ScriptCompare = z.enum(['lines', 'tokens'])
export type ScriptCompare = z.infer<typeof ScriptCompare>

export const ScriptCase = z.strictObject({
  name: z.string().min(1).max(200),
  language: Language,
  script: z.string().min(1),
  expectedOutput: z.string(),
  visible: z.boolean(),
  compare: ScriptCompare.optional(),
})
export type ScriptCase = z.infer<typeof ScriptCase>

export const TestCase = z.union([FunctionCase, ScriptCase])
export type TestCase = z.infer<typeof TestCase>

export const TestSuite = z.strictObject({ cases: z.array(TestCase).min(1) })

/**
 * generator.json, beside a generator.py that defines `generate(n: int, seed: int) -> list`: the
 * argument list of the problem's function at size n, deterministic, standard library only (use
 * `random.Random(seed)`). `sizes` are the rising n the growth measurement times the code at;
 * `expected` is the reference solution's time complexity in that n, e.g. "O(n log n)".
 */
export const GeneratorConfig = z.strictObject({
  sizes: z
    .array(z.number().int().positive().max(10_000_000))
    .min(3)
    .max(8)
    .refine(
      (sizes) => sizes.every((n, i) => i === 0 || n > (sizes[i - 1] ?? 0)),
      'sizes must rise',
    ),
  seed: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 31 - 1),
  expected: z.string().min(3).max(80),
})
export type GeneratorConfig = z.infer<typeof GeneratorConfig>

/** A problem's input generator, for measuring how a solution's time grows. Server-side only. */
export interface ProblemGenerator {
  /** generator.py: runs only inside the sandbox, since instructors author it. */
  code: string
  sizes: number[]
  seed: number
  expectedComplexity: string
}

/**
 * A wrong claim a candidate plausibly writes about a criterion, and the advice that corrects it.
 * Scoring may use them to find contradictions; like the rest of the rubric they never reach a
 * browser.
 */
export const Misconception = z.strictObject({
  id: Slug,
  /** The wrong statement, phrased as a candidate would write it. */
  claim: z.string().min(8).max(400),
  /** What is right, in one or two sentences, phrased as advice. */
  correction: z.string().min(8).max(400),
})
export type Misconception = z.infer<typeof Misconception>

export const RubricCriterion = z.strictObject({
  id: Slug,
  title: z.string().min(1).max(120),
  weight: z.number().positive().max(1),
  description: z.string().min(1),
  concepts: z.array(z.string().min(1)).min(1),
  misconceptions: z.array(Misconception).max(20).optional(),
})
export type RubricCriterion = z.infer<typeof RubricCriterion>

export const Rubric = z.strictObject({
  criteria: z.array(RubricCriterion).min(1),
  referenceExplanation: z.string().min(1),
})
export type Rubric = z.infer<typeof Rubric>

/** A whole problem as the server holds it, secrets included. Never sent to a browser. */
export interface ProblemDefinition {
  slug: string
  title: string
  areas: Area[]
  difficulty: Difficulty
  languages: Language[]
  functionNames: Partial<Record<Language, string>>
  timeLimitMs: number
  memoryMb: number | undefined
  assistant: AssistantPolicy
  /**
   * Python libraries the problem needs (front matter `requires`). Definitions stored before the
   * field existed have none, which means the same as an empty list.
   */
  requires?: PythonPackage[]
  statement: string
  starter: Partial<Record<Language, string>>
  solutions: Partial<Record<Language, string>>
  cases: TestCase[]
  rubric: Rubric
  hints: string[]
  contentHash: string
  /** From generator.py and generator.json, when the problem has them. */
  generator?: ProblemGenerator
  /** The parsed `signature` and `records`, when problem.md declares them (Java and C++ need it). */
  signature?: ProblemSignature
}

/** A visible case as the candidate sees it. */
export type VisibleCase =
  | { name: string; kind: 'function'; args: unknown[]; expected: unknown }
  | { name: string; kind: 'script'; language: Language; script: string; expectedOutput: string }

export interface ProblemSummary {
  slug: string
  title: string
  areas: Area[]
  difficulty: Difficulty
  languages: Language[]
  /** In the catalog and on a problem's page: the Python libraries the problem needs. */
  requires?: PythonPackage[]
  /**
   * In the catalog and on a problem's page: those of `requires` that this server's sandboxed
   * Python cannot import, so its Python code cannot run here. Empty while unknown.
   */
  missingPackages?: PythonPackage[]
  /**
   * In the catalog and on a problem's page: those of `languages` this server cannot run (Java or
   * C++ without its toolchain), shown "Unavailable here". Empty while unknown.
   */
  unavailableLanguages?: Language[]
}

export interface ProblemDetail extends ProblemSummary {
  statement: string
  starter: Partial<Record<Language, string>>
  visibleTests: VisibleCase[]
  assistant: AssistantPolicy
  hintCount: number
  /** The function the candidate writes, per language (`roc_auc` in Python, `rocAuc` in TS). */
  functionNames: Partial<Record<Language, string>>
}

export const ProblemQuery = z.object({
  area: Area.optional(),
  difficulty: Difficulty.optional(),
  language: Language.optional(),
  q: z.string().max(200).optional(),
})
export type ProblemQuery = z.infer<typeof ProblemQuery>

/** The signed-in user's progress on a problem, as the catalog marks it. */
export type ProblemProgress = 'solved' | 'attempted'
