// The explanation model's training data: external graded short answers and the project's graded set.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ProblemDefinition } from '@pairwise/shared'
import type { GradedExplanation } from '@pairwise/problems'
import { readScoringRows, scoringDataDir } from './data.ts'
import { fitRowOfItem, itemFromRow, type EvalItem } from './evaluate.ts'
import { EXPLANATION_MODEL, type ExplanationModel } from './explanation-model.ts'
import { fitExplanationWeights, withFit, type FitRow } from './fit.ts'
import { GARBAGE_LEVELS, readGrades, type Grade } from './graded-eval.ts'

/** The external source: Mohler et al. (2011) short answers, kept outside the repository. */
export const EXTERNAL_DATA = 'mohler2011-dev.jsonl'

export function externalDataFile(): string {
  return path.join(scoringDataDir(), EXTERNAL_DATA)
}

/** Garbage the fit holds down; injections are not among them, having their own cap. */
const FIT_GARBAGE: readonly string[] = GARBAGE_LEVELS.filter((level) => level !== 'injection')

export interface FitSource {
  /** Where the rows came from, as recorded in explanation-model.json. */
  data: string
  sha256: string
  items: EvalItem[]
  rows: FitRow[]
}

export function readExternalSource(file: string, base?: ExplanationModel): FitSource {
  if (!existsSync(file)) {
    throw new Error(
      `${file} is absent: the external graded answers live outside the repository (../shared/scoring-data/); pass --data FILE`,
    )
  }
  const items = readScoringRows(file).map((row) => itemFromRow(row))
  return {
    data: path.basename(file),
    sha256: sha256([readFileSync(file)]),
    items,
    rows: items.map((item) => fitRowOfItem(item, base)),
  }
}

/**
 * The graded set as training rows: each row's target is the mean of the two graders' totals, and
 * it is scored with its problem's rubric and statement, as its sessions are.
 */
export function gradedSource(
  explanations: readonly GradedExplanation[],
  problems: readonly ProblemDefinition[],
  grades: readonly Grade[][],
  files: readonly string[],
  base?: ExplanationModel,
): FitSource {
  if (grades.length === 0) throw new Error('the graded set has no grades to fit on')
  const bySlug = new Map(problems.map((p) => [p.slug, p]))
  const items = explanations.map((row): EvalItem => {
    const problem = bySlug.get(row.slug)
    if (!problem) throw new Error(`graded row ${row.id}: no library problem "${row.slug}"`)
    const totals = grades.flatMap((g) => g.filter((r) => r.id === row.id).map((r) => r.total))
    if (totals.length === 0) throw new Error(`graded row ${row.id} has no grade`)
    return {
      id: row.id,
      group: row.slug,
      statement: problem.statement,
      rubric: problem.rubric,
      explanation: row.text,
      target: totals.reduce((s, v) => s + v, 0) / totals.length / 100,
      garbage: FIT_GARBAGE.includes(row.level),
    }
  })
  return {
    data: 'packages/problems/graded (explanations.jsonl, mean of grades-1.jsonl and grades-2.jsonl)',
    sha256: sha256(files.filter((f) => existsSync(f)).map((f) => readFileSync(f))),
    items,
    rows: items.map((item) => fitRowOfItem(item, base)),
  }
}

/** The library's graded set with its grades, as a training source. */
export async function loadGradedSource(base?: ExplanationModel): Promise<FitSource> {
  const { GRADED_DIR, GRADED_EXPLANATIONS_FILE, loadGradedExplanations, loadLibrary } =
    await import('@pairwise/problems')
  const [explanations, library] = await Promise.all([loadGradedExplanations(), loadLibrary()])
  const files = [
    GRADED_EXPLANATIONS_FILE,
    path.join(GRADED_DIR, 'grades-1.jsonl'),
    path.join(GRADED_DIR, 'grades-2.jsonl'),
  ]
  return gradedSource(explanations, library.problems, readGrades(GRADED_DIR), files, base)
}

/**
 * Per problem of the graded set, the model the shipped procedure fits without it: on the other
 * problems' rows and the external rows. Fitted when first asked for.
 */
export function problemDisjointModels(
  graded: FitSource,
  external: FitSource,
  base: ExplanationModel = EXPLANATION_MODEL,
): (slug: string) => ExplanationModel {
  const models = new Map<string, ExplanationModel>()
  return (slug) => {
    let model = models.get(slug)
    if (!model) {
      const others = graded.rows.filter((r) => r.group !== slug)
      model = withFit(base, fitExplanationWeights([external.rows, others]))
      models.set(slug, model)
    }
    return model
  }
}

function sha256(contents: readonly Buffer[]): string {
  const hash = createHash('sha256')
  for (const c of contents) hash.update(c)
  return hash.digest('hex')
}
