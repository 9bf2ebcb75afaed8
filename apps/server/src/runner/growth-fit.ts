// The growth fit: log(time) on log(n), with a 95% interval. Pure and import-free, so the worker
// pool can load it without the runner (and without itself).
/** A timing sample shorter than this is mostly timer and scheduler noise; faster calls are batched. */
export const NOISE_FLOOR_SECONDS = 0.002

/** A fit needs this many sizes above the floor, spanning at least this factor. */
export const MIN_FIT_POINTS = 3
const MIN_SIZE_SPAN = 4

/** Two-sided 97.5% quantiles of Student's t for 1..12 degrees of freedom; 1.96 beyond. */
const T_975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179]

export interface GrowthPoint {
  n: number
  /** Seconds per call. */
  seconds: number
  /** How long one timed sample lasted: the calls of a batch together. */
  sampleSeconds: number
}

export interface GrowthFit {
  exponent: number | null
  /** 95% confidence interval of the exponent (OLS standard error, Student's t). */
  interval: [number, number] | null
  r2: number | null
  /** How many points the fit used. */
  points: number
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/**
 * Least squares of log(time) on log(n) over the points whose samples lasted at least the noise
 * floor (each point the best of the driver's repeated samples at its size), with a 95% confidence
 * interval from the residuals: a noisy measurement gets a wide interval instead of a confident
 * wrong exponent. The exponent is null with fewer than 3 such points or sizes spanning less than
 * 4×. A pure function, so that it can run anywhere (a worker, a benchmark).
 */
export function fitGrowth(points: GrowthPoint[], floor = NOISE_FLOOR_SECONDS): GrowthFit {
  const used = points.filter((p) => p.n > 0 && p.seconds > 0 && p.sampleSeconds >= floor)
  const none = { exponent: null, interval: null, r2: null, points: used.length }
  if (used.length < 2) return none
  const xs = used.map((p) => Math.log(p.n))
  const ys = used.map((p) => Math.log(p.seconds))
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length
  const mx = mean(xs)
  const my = mean(ys)
  let sxx = 0
  let sxy = 0
  let syy = 0
  xs.forEach((x, i) => {
    const y = ys[i] ?? my
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
    syy += (y - my) ** 2
  })
  if (sxx === 0) return none
  const slope = sxy / sxx
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy)
  const span = Math.max(...used.map((p) => p.n)) / Math.min(...used.map((p) => p.n))
  if (used.length < MIN_FIT_POINTS || span < MIN_SIZE_SPAN) return { ...none, r2: round(r2, 4) }
  const df = used.length - 2
  const residual = Math.max(0, syy - slope * sxy)
  const standardError = Math.sqrt(residual / df / sxx)
  const halfWidth = (T_975[df - 1] ?? 1.96) * standardError
  return {
    exponent: round(slope, 3),
    interval: [round(slope - halfWidth, 3), round(slope + halfWidth, 3)],
    r2: round(r2, 4),
    points: used.length,
  }
}
