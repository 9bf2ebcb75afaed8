// Mutant: approximates the chi-square tail with the Wilson-Hilferty cube-root normal approximation
// erfc(x) for x >= 0: Maclaurin series of erf near zero, continued fraction in the tail.
function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x)
  if (x < 2.5) {
    let term = x
    let sum = x
    for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= (-x * x) / n
      sum += term / (2 * n + 1)
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum
  }
  let tail = x
  for (let n = 80; n >= 1; n--) tail = x + n / 2 / tail
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / tail
}

export function srmCheck(
  counts: number[],
  weights: number[],
  alpha: number,
): { statistic: number; df: number; p_value: number; mismatch: boolean } {
  const df = counts.length - 1
  const total = counts.reduce((sum, c) => sum + c, 0)
  if (df < 1 || total === 0)
    return { statistic: 0, df: Math.max(df, 0), p_value: 1, mismatch: false }
  const weightSum = weights.reduce((sum, w) => sum + w, 0)
  let statistic = 0
  counts.forEach((observed, i) => {
    const expected = (total * weights[i]!) / weightSum
    statistic += (observed - expected) ** 2 / expected
  })
  // (X / df)^(1/3) is close to normal with mean 1 - 2/(9 df) and variance 2/(9 df).
  const spread = 2 / (9 * df)
  const z = (Math.cbrt(statistic / df) - (1 - spread)) / Math.sqrt(spread)
  const pValue = 0.5 * erfc(z / Math.SQRT2)
  return { statistic, df, p_value: pValue, mismatch: pValue < alpha }
}
