// Mutant: sorts each feature's values with the default sort, which compares them as strings
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
  const n = y.length
  const d = x[0]!.length
  const residuals = y.map((yi, i) => yi - f[i]!)
  const mean = residuals.reduce((sum, r) => sum + r, 0) / n
  // Centring keeps the split scores accurate when residuals share a large offset.
  const centred = residuals.map((r) => r - mean)
  const total = centred.reduce((sum, c) => sum + c, 0)
  const tolerance = 1e-9 * centred.reduce((sum, c) => sum + c * c, 0)
  let best: { gain: number; feature: number; threshold: number } | null = null
  for (let j = 0; j < d; j++) {
    const sortedValues = x.map((row) => row[j]!).sort()
    const order = sortedValues.map((v) => x.findIndex((row) => row[j] === v))
    let leftSum = 0
    for (let pos = 0; pos + 1 < n; pos++) {
      leftSum += centred[order[pos]!]!
      const here = x[order[pos]!]![j]!
      const after = x[order[pos + 1]!]![j]!
      if (here === after) continue // rows with equal values always land in the same leaf
      const nLeft = pos + 1
      const rightSum = total - leftSum
      // Lowering the squared error by a split is the same as raising this sum.
      const gain = (leftSum * leftSum) / nLeft + (rightSum * rightSum) / (n - nLeft)
      // Only a clearly better split replaces the best, so ties keep the earlier one.
      if (best === null || gain > best.gain + tolerance) {
        best = { gain, feature: j, threshold: (here + after) / 2 }
      }
    }
  }
  if (best === null) {
    return {
      feature: -1,
      threshold: null,
      left_value: mean,
      right_value: mean,
      predictions: f.map((fi) => fi + learningRate * mean),
    }
  }
  const { feature, threshold } = best
  // Each leaf predicts the mean residual of its own rows, summed afresh from the residuals.
  const goesLeft = x.map((row) => row[feature]! <= threshold)
  let leftTotal = 0
  let rightTotal = 0
  let nLeft = 0
  goesLeft.forEach((left, i) => {
    if (left) {
      leftTotal += residuals[i]!
      nLeft++
    } else {
      rightTotal += residuals[i]!
    }
  })
  const leftValue = leftTotal / nLeft
  const rightValue = rightTotal / (n - nLeft)
  return {
    feature,
    threshold,
    left_value: leftValue,
    right_value: rightValue,
    predictions: f.map((fi, i) => fi + learningRate * (goesLeft[i] ? leftValue : rightValue)),
  }
}
