// Evaluation through the production scorer: graded rows scored as sessions are, group-disjoint CV, AUC.
import type { ProblemDefinition, Rubric } from '@pairwise/shared'
import type { ScoringRow } from './data.ts'
import { agreement, pearson, type Agreement } from './eval.ts'
import { rubricFromReference, scoreExplanation, type ExplanationScore } from './explanation.ts'
import {
  CRITERION_FEATURES,
  EXPLANATION_MODEL,
  type ExplanationModel,
} from './explanation-model.ts'
import { fitRidge, groupKFold } from './regression.ts'

/** One explanation to score: a graded-data row turned into what a session would pass. */
export interface EvalItem {
  id: string
  group: string
  statement: string
  rubric: Rubric
  explanation: string
  /** The human grade as a fraction 0..1 of full marks. */
  target: number
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

/**
 * The model's weights from features and targets: ridge with an intercept, then the intercept is
 * dropped and the weights rescaled to sum to 1, negative ones cut to 0 and the rest refitted.
 * Dropping the intercept keeps "says nothing" at 0 and "says everything" at 1; the ordering,
 * which is what Pearson and Spearman measure, is the ridge's own.
 */
export function fitWeights(x: number[][], y: number[], lambda: number): number[] {
  let active = CRITERION_FEATURES.map((_, i) => i)
  for (let round = 0; round < CRITERION_FEATURES.length; round++) {
    const model = fitRidge(
      x.map((row) => active.map((i) => row[i] ?? 0)),
      y,
      lambda,
    )
    const negative = active.filter((_, j) => (model.coefficients[j] ?? 0) <= 0)
    if (negative.length === 0 || negative.length === active.length) {
      const weights = CRITERION_FEATURES.map(() => 0)
      active.forEach((i, j) => {
        weights[i] = Math.max(0, model.coefficients[j] ?? 0)
      })
      const sum = weights.reduce((s, w) => s + w, 0)
      return sum > 0 ? weights.map((w) => w / sum) : weights.map(() => 1 / weights.length)
    }
    active = active.filter((i) => !negative.includes(i))
  }
  return CRITERION_FEATURES.map(() => 1 / CRITERION_FEATURES.length)
}

/** The explanation-level features of an item: its criteria's features, weighted as scored. */
export function itemFeatures(item: EvalItem, score: ExplanationScore): number[] {
  const total = item.rubric.criteria.reduce((s, c) => s + c.weight, 0)
  return CRITERION_FEATURES.map((_, f) =>
    score.features.reduce(
      (s, x, c) => s + ((item.rubric.criteria[c]?.weight ?? 0) / total) * (x[f] ?? 0),
      0,
    ),
  )
}

export interface CrossValidated {
  /** Out-of-fold predictions, 0..1, each from scoreExplanation with its fold's model. */
  predictions: number[]
  folds: number
  models: ExplanationModel[]
}

/**
 * Group-disjoint k-fold CV of the model's weights: fit on the other groups' features, then score
 * the held-out items through scoreExplanation with that fold's model, as a session would.
 */
export function crossValidate(
  items: EvalItem[],
  options: { folds: number; lambda: number; base?: ExplanationModel; features?: number[][] },
): CrossValidated {
  const base = options.base ?? EXPLANATION_MODEL
  const x = options.features ?? items.map((item) => itemFeatures(item, scoreItem(item, base)))
  const y = items.map((i) => i.target)
  const fold = groupKFold(
    items.map((i) => i.group),
    options.folds,
  )
  const predictions = new Array<number>(items.length).fill(0)
  const models: ExplanationModel[] = []
  for (let f = 0; f < options.folds; f++) {
    const train = items.map((_, i) => i).filter((i) => fold[i] !== f)
    if (train.length === 0) continue
    const weights = fitWeights(
      train.map((i) => x[i] as number[]),
      train.map((i) => y[i] as number),
      options.lambda,
    )
    const model: ExplanationModel = { ...base, weights }
    models.push(model)
    items.forEach((item, i) => {
      if (fold[i] === f) predictions[i] = scoreItem(item, model).score
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
