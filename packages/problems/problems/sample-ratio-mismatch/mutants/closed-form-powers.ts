// Mutant: sums the closed-form tail for whole and half shapes with separate powers and factorials, which overflow once there are hundreds of arms
function factorial(n: number): number {
  let f = 1
  for (let i = 2; i <= n; i++) f *= i
  return f
}

// erfc(x) for x >= 0: Maclaurin series of erf near zero, continued fraction in the tail.
function erfc(x: number): number {
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

function chiSquareTail(x: number, df: number): number {
  const y = x / 2
  if (df % 2 === 0) {
    // Q(m, y) = e^-y * sum_{j < m} y^j / j!
    let sum = 0
    for (let j = 0; j < df / 2; j++) sum += Math.pow(y, j) / factorial(j)
    return Math.exp(-y) * sum
  }
  // Q(m + 1/2, y) = erfc(sqrt y) + e^-y * sum_{j=1..m} y^(j - 1/2) / Gamma(j + 1/2)
  let tail = erfc(Math.sqrt(y))
  for (let j = 1; j <= (df - 1) / 2; j++) {
    const gammaHalf = (factorial(2 * j) * Math.sqrt(Math.PI)) / (Math.pow(4, j) * factorial(j))
    tail += (Math.exp(-y) * Math.pow(y, j - 0.5)) / gammaHalf
  }
  return tail
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
  const pValue = Math.min(1, Math.max(0, chiSquareTail(statistic, df)))
  return { statistic, df, p_value: pValue, mismatch: pValue < alpha }
}
