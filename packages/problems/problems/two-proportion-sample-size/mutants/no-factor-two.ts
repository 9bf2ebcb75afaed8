// Mutant: drops the factor 2 from the pooled variance under the null
// Acklam's rational approximation of the standard normal quantile: absolute error below 1e-8.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
]
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
]
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
]
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
const TAIL = 0.02425

function tailQuantile(p: number): number {
  // The quantile of a small lower-tail probability p (negative).
  const q = Math.sqrt(-2 * Math.log(p))
  const num = ((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]
  const den = (((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1
  return num / den
}

function normalQuantile(p: number): number {
  if (p < TAIL) return tailQuantile(p)
  if (p > 1 - TAIL) return -tailQuantile(1 - p)
  const q = p - 0.5
  const r = q * q
  const num = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
  const den = ((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1
  return num / den
}

export function sampleSizePerArm(
  baseline: number,
  lift: number,
  alpha: number,
  power: number,
  twoSided: boolean,
): { n_per_arm: number; z_alpha: number; z_power: number } {
  const zAlpha = normalQuantile(twoSided ? 1 - alpha / 2 : 1 - alpha)
  const zPower = normalQuantile(power)
  const p1 = baseline
  const p2 = baseline * (1 + lift)
  const pBar = (p1 + p2) / 2
  // Under the null both arms share the pooled rate; under the alternative each keeps its own.
  const spreadNull = Math.sqrt(pBar * (1 - pBar))
  const spreadAlt = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
  const n = (zAlpha * spreadNull + zPower * spreadAlt) ** 2 / (p2 - p1) ** 2
  return { n_per_arm: Math.ceil(n), z_alpha: zAlpha, z_power: zPower }
}
