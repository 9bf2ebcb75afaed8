// Reads the graded explanation set: explanations of library problems at known quality levels.
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

export const GRADED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../graded')
export const GRADED_EXPLANATIONS_FILE = path.join(GRADED_DIR, 'explanations.jsonl')

/**
 * The quality levels the set was written at. A level is how the text was written, not a grade:
 * grades come from two independent human graders and are kept apart from this file.
 */
export const EXPLANATION_LEVELS = [
  'excellent',
  'good',
  'terse',
  'missing-key-idea',
  'fluent-wrong',
  'partially-wrong',
  'padding',
  'keyword-stuffing',
  'statement',
  'injection',
] as const
export type ExplanationLevel = (typeof EXPLANATION_LEVELS)[number]

const Kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/

// Strict, so a grade or score field slipped into the set is refused rather than silently kept.
export const GradedExplanation = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/, 'id is "<slug>--<level>"'),
  slug: z.string().regex(Kebab),
  level: z.enum(EXPLANATION_LEVELS),
  text: z.string().min(1).max(20_000),
})
export type GradedExplanation = z.infer<typeof GradedExplanation>

/** Parses the JSONL text of the set; throws one error naming every bad line. */
export function parseGradedExplanations(text: string): GradedExplanation[] {
  const rows: GradedExplanation[] = []
  const reasons: string[] = []
  const ids = new Set<string>()
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch (err) {
      reasons.push(`line ${i + 1}: not JSON (${(err as Error).message})`)
      return
    }
    const row = GradedExplanation.safeParse(json)
    if (!row.success) {
      const issues = row.error.issues.map((x) => `${x.path.join('.') || 'row'}: ${x.message}`)
      reasons.push(`line ${i + 1}: ${issues.join('; ')}`)
      return
    }
    if (ids.has(row.data.id)) reasons.push(`line ${i + 1}: id "${row.data.id}" repeats`)
    ids.add(row.data.id)
    rows.push(row.data)
  })
  if (reasons.length > 0) throw new Error(`graded explanations: ${reasons.join('; ')}`)
  return rows
}

export async function loadGradedExplanations(
  file: string = GRADED_EXPLANATIONS_FILE,
): Promise<GradedExplanation[]> {
  return parseGradedExplanations(await fs.readFile(file, 'utf8'))
}

export const graderFile = (grader: 1 | 2) => path.join(GRADED_DIR, `grades-${grader}.jsonl`)

// One grader's points per rubric criterion for one explanation, on the criterion's weight×100 scale.
export const ExplanationGrade = z.strictObject({
  id: z.string().min(1),
  criteria: z.record(z.string(), z.number().int().min(0).max(100)),
  total: z.number().int().min(0).max(100),
})
export type ExplanationGrade = z.infer<typeof ExplanationGrade>

/** Parses one grader's JSONL; throws one error naming every bad line. */
export function parseExplanationGrades(text: string): ExplanationGrade[] {
  const rows: ExplanationGrade[] = []
  const reasons: string[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    try {
      const row = ExplanationGrade.parse(JSON.parse(line))
      const sum = Object.values(row.criteria).reduce((a, b) => a + b, 0)
      if (sum !== row.total) reasons.push(`line ${i + 1}: total ${row.total} is not the sum ${sum}`)
      rows.push(row)
    } catch (err) {
      reasons.push(`line ${i + 1}: ${(err as Error).message}`)
    }
  })
  if (reasons.length > 0) throw new Error(`explanation grades: ${reasons.join('; ')}`)
  return rows
}

/** The grades of one of the two independent graders (see graded/README.md). */
export async function loadExplanationGrades(grader: 1 | 2): Promise<ExplanationGrade[]> {
  return parseExplanationGrades(await fs.readFile(graderFile(grader), 'utf8'))
}
