const EPS = 1e-16
const MAX_ITERATIONS = 100_000
const TINY = 1e-300

// Lanczos approximation (g = 7, 9 terms) of ln Gamma(z) for z >= 0.5, relative error near 1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
]

function logGamma(z: number): number {
  const zm1 = z - 1
  let series = LANCZOS[0]!
  for (let i = 1; i < LANCZOS.length; i++) series += LANCZOS[i]! / (zm1 + i)
  const t = zm1 + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (zm1 + 0.5) * Math.log(t) - t + Math.log(series)
}

/** Regularized upper incomplete gamma Q(a, x) = Gamma(a, x) / Gamma(a). */
function upperGammaQ(a: number, x: number): number {
  if (x <= 0) return 1
  const logPrefix = a * Math.log(x) - x - logGamma(a)
  if (x < a + 1) {
    // Series for the lower function P(a, x); converges fast below the mode.
    let term = 1 / a
    let total = term
    for (let n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(total) * EPS; n++) {
      term *= x / (a + n)
      total += term
    }
    return 1 - total * Math.exp(logPrefix)
  }
  // Continued fraction for Q(a, x) (modified Lentz); converges fast above the mode.
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPS) break
  }
  return Math.exp(logPrefix) * h
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

  // P(chi-square with df degrees of freedom >= statistic) = Q(df / 2, statistic / 2).
  const pValue = Math.min(1, Math.max(0, upperGammaQ(df / 2, statistic / 2)))
  return { statistic, df, p_value: pValue, mismatch: pValue < alpha }
}
