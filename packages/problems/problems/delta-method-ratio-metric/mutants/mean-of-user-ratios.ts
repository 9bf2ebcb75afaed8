// Mutant: measures each arm by the mean of the users' own click-through rates (skipping users with no views) instead of the ratio of sums
const Z_975 = 1.959963984540054

type RatioTest = {
  diff: number | null
  se: number | null
  z: number | null
  ci_low: number | null
  ci_high: number | null
}

// The arm's mean per-user rate and the variance of that mean (null where undefined).
function arm(users: [clicks: number, views: number][]): {
  ratio: number | null
  variance: number | null
} {
  const rates = users.filter(([, views]) => views > 0).map(([clicks, views]) => clicks / views)
  const n = rates.length
  if (n === 0) return { ratio: null, variance: null }
  const ratio = rates.reduce((a, b) => a + b, 0) / n
  if (n < 2) return { ratio, variance: null }
  return { ratio, variance: rates.reduce((a, r) => a + (r - ratio) ** 2, 0) / ((n - 1) * n) }
}

export function ratioMetricTest(
  control: [clicks: number, views: number][],
  treatment: [clicks: number, views: number][],
): RatioTest {
  const c = arm(control)
  const t = arm(treatment)
  const result: RatioTest = { diff: null, se: null, z: null, ci_low: null, ci_high: null }
  if (c.ratio === null || t.ratio === null) return result
  const diff = t.ratio - c.ratio
  result.diff = diff
  if (c.variance === null || t.variance === null) return result
  const se = Math.sqrt(c.variance + t.variance)
  result.se = se
  result.z = se > 0 ? diff / se : null
  result.ci_low = diff - Z_975 * se
  result.ci_high = diff + Z_975 * se
  return result
}
