// Mutant: recomputes both leaves from scratch for every candidate threshold: right answers, O(d n^2) time
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
  const tolerance = 1e-9 * centred.reduce((sum, c) => sum + c * c, 0)
  let best: { loss: number; feature: number; threshold: number } | null = null
  for (let j = 0; j < d; j++) {
    const column = x.map((row) => row[j]!)
    const values = [...new Set(column)].sort((a, b) => a - b)
    for (let k = 0; k + 1 < values.length; k++) {
      const t = (values[k]! + values[k + 1]!) / 2
      let leftSum = 0
      let rightSum = 0
      let nLeft = 0
      for (let i = 0; i < n; i++) {
        if (column[i]! <= t) {
          leftSum += centred[i]!
          nLeft++
        } else {
          rightSum += centred[i]!
        }
      }
      const lm = leftSum / nLeft
      const rm = rightSum / (n - nLeft)
      let loss = 0
      for (let i = 0; i < n; i++) {
        const e = centred[i]! - (column[i]! <= t ? lm : rm)
        loss += e * e
      }
      if (best === null || loss < best.loss - tolerance) best = { loss, feature: j, threshold: t }
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
