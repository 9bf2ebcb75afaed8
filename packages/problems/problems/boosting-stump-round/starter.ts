interface BoostRound {
  feature: number
  threshold: number | null
  left_value: number
  right_value: number
  predictions: number[]
}

export function boostingRound(
  x: number[][],
  y: number[],
  f: number[],
  learningRate: number,
): BoostRound {
  // Fit a stump to the residuals y - f; threshold is null when no split exists.
  throw new Error('not implemented')
}
