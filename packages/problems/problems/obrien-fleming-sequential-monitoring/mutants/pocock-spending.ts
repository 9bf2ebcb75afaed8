// Mutant: spends alpha with the Pocock-type function alpha * ln(1 + (e - 1) t) instead of the O'Brien-Fleming-type one
const GRID = 801 // odd: Simpson's rule over the continuation region of each look
const FLOOR = -12 // the score never reaches below this (its variance is at most 1)

// Complementary error function (Chebyshev fit, relative error below 1.2e-7 everywhere).
function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const r = t * Math.exp(-z * z + poly)
  return x >= 0 ? r : 2 - r
}

const upperTail = (x: number): number => 0.5 * erfc(x / Math.SQRT2)
const pdf = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)

// Acklam's rational approximation of the standard normal quantile (absolute error below 1e-8).
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ]
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ]
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ]
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
  const tail = (pp: number): number => {
    const q = Math.sqrt(-2 * Math.log(pp))
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    )
  }
  if (p < 0.02425) return tail(p)
  if (p > 1 - 0.02425) return -tail(1 - p)
  const q = p - 0.5
  const r = q * q
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  )
}

export function sequentialMonitor(
  info: number[],
  z: number[],
  alpha: number,
): { boundaries: number[]; stop_look: number } {
  const zHalf = normalQuantile(1 - alpha / 2)
  // Lan-DeMets O'Brien-Fleming-type spending.
  const spent = (t: number): number => alpha * Math.log(1 + (Math.E - 1) * t)
  const boundaries: number[] = []
  // Sub-density of the score S(t) = Z * sqrt(t) over paths that have not crossed yet.
  let points: number[] = []
  let weights: number[] = []
  let density: number[] = []
  let previousT = 0
  info.forEach((t, k) => {
    const target = spent(t) - spent(previousT)
    const sd = Math.sqrt(t - previousT)
    const crossing = (bound: number): number => {
      if (k === 0) return upperTail(bound / sd)
      let total = 0
      for (let i = 0; i < GRID; i++)
        total += weights[i] * density[i] * upperTail((bound - points[i]) / sd)
      return total
    }
    let lo = -10
    let hi = 20 // the crossing probability falls as the boundary rises
    for (let it = 0; it < 100; it++) {
      const mid = (lo + hi) / 2
      if (crossing(mid) > target) lo = mid
      else hi = mid
    }
    const bound = (lo + hi) / 2
    boundaries.push(bound / Math.sqrt(t))
    const h = (bound - FLOOR) / (GRID - 1)
    const newPoints = Array.from({ length: GRID }, (_, i) => FLOOR + i * h)
    const newWeights = newPoints.map(
      (_, i) => (h / 3) * (i === 0 || i === GRID - 1 ? 1 : i % 2 ? 4 : 2),
    )
    const newDensity = newPoints.map((s) => {
      if (k === 0) return pdf(s / sd) / sd
      let total = 0
      for (let i = 0; i < GRID; i++) total += weights[i] * density[i] * pdf((s - points[i]) / sd)
      return total / sd
    })
    points = newPoints
    weights = newWeights
    density = newDensity
    previousT = t
  })
  const stop = z.findIndex((observed, k) => observed >= boundaries[k])
  return { boundaries, stop_look: stop + 1 }
}
