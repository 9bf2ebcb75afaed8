// Reads rows of human-graded answers (JSON lines) for evaluating and fitting the offline scorer.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export const ScoringRow = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string(),
  reference: z.string(),
  answer: z.string(),
  score: z.number(),
  max_score: z.number().positive(),
  question_id: z.string().optional(),
  /** SemEval-2013's 3-way label: correct, contradictory or incorrect. */
  label_3way: z.string().optional(),
  /** A library problem: the row is then scored with its rubric and statement, as its session. */
  slug: z.string().optional(),
})
export type ScoringRow = z.infer<typeof ScoringRow>

export function parseScoringRows(text: string): ScoringRow[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const parsed = ScoringRow.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`row ${i + 1}: ${parsed.error.issues[0]?.message ?? ''}`)
      return parsed.data
    })
}

export function readScoringRows(file: string): ScoringRow[] {
  return parseScoringRows(readFileSync(file, 'utf8'))
}

/**
 * `../shared/scoring-data/` beside the repository, where the graded data are kept. A git
 * worktree one level further down finds it too. (Only config.ts reads the environment.)
 */
export function scoringDataDir(): string {
  const repoRoot = path.resolve(import.meta.dirname, '../../../..')
  const candidates = [
    path.resolve(repoRoot, '../shared/scoring-data'),
    path.resolve(repoRoot, '../../shared/scoring-data'),
  ]
  return candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string)
}
