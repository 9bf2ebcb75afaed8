// Mutant: the interval uses the rounded critical value 1.96 instead of 1.959963984540054
const Z_975 = 1.96

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

export function twoProportionZTest(
  clicksA: number,
  nA: number,
  clicksB: number,
  nB: number,
): { z: number; p_value: number; ci_low: number; ci_high: number } {
  const pA = clicksA / nA
  const pB = clicksB / nB
  const diff = pB - pA

  const pooled = (clicksA + clicksB) / (nA + nB)
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB))
  // Both arms all-0 or all-1: no evidence of a difference.
  const z = sePooled === 0 ? 0 : diff / sePooled
  const pValue = sePooled === 0 ? 1 : erfc(Math.abs(z) / Math.SQRT2)

  const se = Math.sqrt((pA * (1 - pA)) / nA + (pB * (1 - pB)) / nB)
  return { z, p_value: pValue, ci_low: diff - Z_975 * se, ci_high: diff + Z_975 * se }
}
