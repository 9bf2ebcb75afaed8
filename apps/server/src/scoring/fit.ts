// The one fitting procedure of the explanation model's free weights: `scoring fit` ships it, `--cv` refits it per fold.
import { CRITERION_FEATURES, type ExplanationModel } from './explanation-model.ts'
import {
  criterionFraction,
  explanationFraction,
  INJECTION_CAP,
  type ExplanationScore,
} from './explanation.ts'
import { minimiseQuadratic } from './regression.ts'

/**
 * What the weights act on, from one scoring pass: the weights and the contradiction share only
 * combine these, so a fold's model scores a row from them exactly as scoreExplanation would.
 */
export interface FitRow {
  group: string
  /** The human grade as a fraction 0..1 of full marks. */
  target: number
  /** Written as garbage (padding, keyword stuffing, the statement pasted back). */
  garbage: boolean
  /** Capped (text addressed to the grader, or mostly excluded): its score hardly depends on the weights. */
  capped: boolean
  criteria: { share: number; features: number[]; wrong: number }[]
}

export function fitRowOf(
  scored: ExplanationScore,
  shares: readonly number[],
  row: { group: string; target: number; garbage?: boolean },
): FitRow {
  return {
    group: row.group,
    target: row.target,
    garbage: row.garbage ?? false,
    capped: scored.capped,
    criteria: scored.criteria.map((c, i) => ({
      share: shares[i] ?? 0,
      features: scored.features[i] ?? [],
      wrong: c.contradictions?.length ?? 0,
    })),
  }
}

/** The row's score under `model`: scoreExplanation's own combination (explanation.ts). */
export function predictFitRow(row: FitRow, model: ExplanationModel): number {
  const weighted = row.criteria.reduce(
    (s, c) => s + c.share * criterionFraction(c.features, c.wrong, model),
    0,
  )
  return explanationFraction(weighted, row.capped)
}

/** The contradiction shares the fit chooses among. */
export const KEEP_GRID = [0.25, 0.5, 0.75, 1] as const
/** No garbage row of the training data may score above this: what an injection is capped at. */
export const GARBAGE_CEILING = INJECTION_CAP
/** A trace-relative ridge, only so that collinear features (cosine and recall) stay solvable. */
const RIDGE = 1e-6

export interface FittedWeights {
  weights: number[]
  contradictionKeep: number
  /** Weighted squared error of the best affine map of the score onto the grades. */
  loss: number
}

/**
 * The procedure. For each contradiction share in KEEP_GRID, the weights w minimise the squared
 * error of a + b·score(w) against the human grades (a free offset and scale, then dropped, so only
 * the ordering and spacing of the scores are fitted, and nothing scores 0 and everything 1), with
 * w ≥ 0, Σw = 1 and every garbage row of the training data at most GARBAGE_CEILING. Each source
 * weighs the same in all, however many rows it has; rows capped for injection are left out.
 * The share with the least error wins; weights are kept to four decimals. With Σw = 1 the score is linear in w (no clamp binds), so
 * the problem is a convex quadratic programme in v = b·w, solved exactly.
 */
export function fitExplanationWeights(sources: readonly (readonly FitRow[])[]): FittedWeights {
  const used = sources.filter((rows) => rows.some((r) => !r.capped))
  const training = used.flatMap((rows) => {
    const kept = rows.filter((r) => !r.capped)
    return kept.map((row) => ({ row, weight: 1 / (used.length * kept.length) }))
  })
  // A capped garbage row scores at most the cap (= the ceiling) whatever the weights.
  const garbage = sources.flat().filter((r) => r.garbage && !r.capped)
  if (training.length === 0) throw new Error('no training rows to fit the explanation model on')
  const d = CRITERION_FEATURES.length
  let best: FittedWeights | undefined
  for (const keep of KEEP_GRID) {
    const design = (row: FitRow) =>
      CRITERION_FEATURES.map((_, j) =>
        row.criteria.reduce((s, c) => s + c.share * keep ** c.wrong * (c.features[j] ?? 0), 0),
      )
    const x = training.map(({ row }) => design(row))
    const meanX = CRITERION_FEATURES.map((_, j) =>
      training.reduce((s, t, i) => s + t.weight * (x[i]?.[j] ?? 0), 0),
    )
    const meanY = training.reduce((s, t) => s + t.weight * t.row.target, 0)
    const q = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    const linear = new Array<number>(d).fill(0)
    training.forEach((t, i) => {
      const dx = (x[i] ?? []).map((v, j) => v - (meanX[j] ?? 0))
      const dy = t.row.target - meanY
      for (let j = 0; j < d; j++) {
        linear[j] = (linear[j] ?? 0) + t.weight * (dx[j] ?? 0) * dy
        const qj = q[j] as number[]
        for (let k = 0; k < d; k++) qj[k] = (qj[k] ?? 0) + t.weight * (dx[j] ?? 0) * (dx[k] ?? 0)
      }
    })
    const ridge = (RIDGE * q.reduce((s, row, j) => s + (row[j] ?? 0), 0)) / d + 1e-15
    q.forEach((row, j) => (row[j] = (row[j] ?? 0) + ridge))
    // v ≥ 0, and each garbage row's score (its design · v / Σv) at most the ceiling.
    const constraints = [
      ...CRITERION_FEATURES.map((_, j) => CRITERION_FEATURES.map((_, k) => (j === k ? -1 : 0))),
      ...garbage.map((row) => design(row).map((v) => v - GARBAGE_CEILING)),
    ]
    const v = minimiseQuadratic(q, linear, constraints).map((value) => Math.max(0, value))
    const sum = v.reduce((s, value) => s + value, 0)
    if (sum <= 1e-12) continue
    const loss = training.reduce((s, t, i) => {
      const fitted = (x[i] ?? []).reduce(
        (a, value, j) => a + (value - (meanX[j] ?? 0)) * (v[j] ?? 0),
        0,
      )
      return s + t.weight * (fitted - (t.row.target - meanY)) ** 2
    }, 0)
    if (!best || loss < best.loss - 1e-15) {
      best = { weights: toShares(v), contradictionKeep: keep, loss }
    }
  }
  if (!best) {
    throw new Error(
      'the human grades do not rise with any feature of the training rows: nothing to fit',
    )
  }
  return best
}

/** Non-negative values as shares of 1 to four decimals (as written to the model file). */
function toShares(values: readonly number[]): number[] {
  const sum = values.reduce((s, v) => s + v, 0)
  const shares = values.map((v) => Math.round((v / sum) * 10_000) / 10_000)
  const largest = shares.indexOf(Math.max(...shares))
  const rest = shares.reduce((s, v, i) => (i === largest ? s : s + v), 0)
  shares[largest] = Math.round((1 - rest) * 10_000) / 10_000
  return shares
}

/** The base model with the fitted weights and contradiction share. */
export function withFit(base: ExplanationModel, fit: FittedWeights): ExplanationModel {
  return { ...base, weights: fit.weights, contradictionKeep: fit.contradictionKeep }
}
