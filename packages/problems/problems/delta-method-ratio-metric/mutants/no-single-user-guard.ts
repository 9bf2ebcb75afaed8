// Mutant: only checks for fewer than 2 users when the arm is empty, so a one-user arm divides by n - 1 = 0
const Z_975 = 1.959963984540054

type RatioTest = {
  diff: number | null
  se: number | null
  z: number | null
  ci_low: number | null
  ci_high: number | null
}

// The arm's ratio of sums and its delta-method variance (null where undefined).
function arm(users: [clicks: number, views: number][]): {
  ratio: number | null
  variance: number | null
} {
  const n = users.length
  let totalClicks = 0
  let totalViews = 0
  for (const [clicks, views] of users) {
    totalClicks += clicks
    totalViews += views
  }
  if (totalViews === 0) return { ratio: null, variance: null }
  const ratio = totalClicks / totalViews
  // Linearised residual c - R v: its sample variance equals
  // var(c) - 2 R cov(c, v) + R^2 var(v), without the cancellation of the expanded form.
  let squares = 0
  for (const [clicks, views] of users) {
    const residual = clicks - ratio * views
    squares += residual * residual
  }
  // Var(R) = s_d^2 / (n * mean_v^2) = n * sum(d^2) / ((n - 1) * (sum v)^2)
  return { ratio, variance: (n * squares) / ((n - 1) * totalViews * totalViews) }
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
