// Evaluation through the production scorer: graded rows scored as sessions are, group-disjoint CV, AUC.
import type { ProblemDefinition, Rubric } from '@pairwise/shared'
import type { ScoringRow } from './data.ts'
import { agreement, pearson, type Agreement } from './eval.ts'
import { rubricFromReference, scoreExplanation, type ExplanationScore } from './explanation.ts'
import { EXPLANATION_MODEL, type ExplanationModel } from './explanation-model.ts'
import { fitExplanationWeights, fitRowOf, predictFitRow, withFit, type FitRow } from './fit.ts'
import { groupKFold } from './regression.ts'

/** One explanation to score: a graded-data row turned into what a session would pass. */
export interface EvalItem {
  id: string
  group: string
  statement: string
  rubric: Rubric
  explanation: string
  /** The human grade as a fraction 0..1 of full marks. */
  target: number
  /** Written as garbage (graded set: padding, keyword stuffing, the statement pasted back). */
  garbage?: boolean
}

/**
 * A row scored as a session: question = statement, reference → the rubric's reference
 * explanation, whose sentences become the concepts. A row that names a library problem (`slug`)
 * is scored with that problem's own rubric and statement, exactly as its sessions are.
 */
export function itemFromRow(
  row: ScoringRow,
  problems: ReadonlyMap<string, Pick<ProblemDefinition, 'rubric' | 'statement'>> = new Map(),
): EvalItem {
  const problem = row.slug ? problems.get(row.slug) : undefined
  return {
    id: row.id,
    group: row.slug ?? row.question_id ?? row.question,
    statement: problem?.statement ?? row.question,
    rubric: problem?.rubric ?? rubricFromReference(row.reference),
    explanation: row.answer,
    target: row.score / row.max_score,
  }
}

export function scoreItem(
  item: EvalItem,
  model: ExplanationModel = EXPLANATION_MODEL,
): ExplanationScore {
  return scoreExplanation(
    { explanation: item.explanation, rubric: item.rubric, statement: item.statement },
    model,
  )
}

/** One scoring pass of an item with the base model: what every fold's model combines. */
export function fitRowOfItem(item: EvalItem, base: ExplanationModel = EXPLANATION_MODEL): FitRow {
  const total = item.rubric.criteria.reduce((s, c) => s + c.weight, 0)
  return fitRowOf(
    scoreItem(item, base),
    item.rubric.criteria.map((c) => c.weight / total),
    item,
  )
}

export interface CrossValidated {
  /** Out-of-fold predictions, 0..1, each the score its fold's model gives (as scoreExplanation). */
  predictions: number[]
  folds: number
  models: ExplanationModel[]
}

/**
 * Group-disjoint k-fold CV of the fitting procedure (fit.ts): in each fold the weights are fitted
 * on the other groups' rows together with the procedure's other sources (`others`, each its own
 * source), and the held-out rows are scored with that fold's model.
 */
export function crossValidate(
  rows: readonly FitRow[],
  options: { folds: number; others?: readonly (readonly FitRow[])[]; base?: ExplanationModel },
): CrossValidated {
  const base = options.base ?? EXPLANATION_MODEL
  const fold = groupKFold(
    rows.map((r) => r.group),
    options.folds,
  )
  const predictions = new Array<number>(rows.length).fill(0)
  const models: ExplanationModel[] = []
  for (let f = 0; f < options.folds; f++) {
    const train = rows.filter((_, i) => fold[i] !== f)
    if (train.length === rows.length) continue
    const model = withFit(base, fitExplanationWeights([train, ...(options.others ?? [])]))
    models.push(model)
    rows.forEach((row, i) => {
      if (fold[i] === f) predictions[i] = predictFitRow(row, model)
    })
  }
  return { predictions, folds: options.folds, models }
}

/** Area under the ROC curve of scores for positives against negatives (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return 0
  const all = [...positives.map((v) => ({ v, p: 1 })), ...negatives.map((v) => ({ v, p: 0 }))].sort(
    (a, b) => a.v - b.v,
  )
  let rankSum = 0
  let i = 0
  while (i < all.length) {
    let j = i
    while (j + 1 < all.length && all[j + 1]?.v === all[i]?.v) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) if (all[k]?.p === 1) rankSum += rank
    i = j + 1
  }
  const np = positives.length
  return (rankSum - (np * (np + 1)) / 2) / (np * negatives.length)
}

export function agreementOf(items: EvalItem[], predictions: number[], scale: number): Agreement {
  return agreement(
    predictions.map((p) => p * scale),
    items.map((i) => i.target * scale),
    items.map(() => scale),
  )
}

export { pearson }
