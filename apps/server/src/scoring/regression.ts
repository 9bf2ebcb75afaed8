// Ridge regression and question-grouped folds, with which `scoring eval --cv K` refits the weights.

export interface LinearModel {
  intercept: number
  coefficients: number[]
}

/** Least squares with an L2 penalty `lambda` on the coefficients (not on the intercept). */
export function fitRidge(
  x: readonly number[][],
  y: readonly number[],
  lambda: number,
): LinearModel {
  const n = x.length
  const d = x[0]?.length ?? 0
  const mean = new Array<number>(d).fill(0)
  let my = 0
  for (let i = 0; i < n; i++) {
    my += y[i] ?? 0
    for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) + (x[i]?.[j] ?? 0)
  }
  my /= n
  for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) / n
  // Normal equations on centred data: (XᵀX + λI) w = Xᵀy.
  const a = Array.from({ length: d }, () => new Array<number>(d + 1).fill(0))
  for (let i = 0; i < n; i++) {
    const row = x[i] ?? []
    const dy = (y[i] ?? 0) - my
    for (let j = 0; j < d; j++) {
      const xj = (row[j] ?? 0) - (mean[j] ?? 0)
      const aj = a[j] as number[]
      for (let k = 0; k < d; k++) aj[k] = (aj[k] ?? 0) + xj * ((row[k] ?? 0) - (mean[k] ?? 0))
      aj[d] = (aj[d] ?? 0) + xj * dy
    }
  }
  for (let j = 0; j < d; j++) {
    const aj = a[j] as number[]
    aj[j] = (aj[j] ?? 0) + lambda * n
  }
  const w = solve(a)
  let intercept = my
  for (let j = 0; j < d; j++) intercept -= (w[j] ?? 0) * (mean[j] ?? 0)
  return { intercept, coefficients: w }
}

/** Gaussian elimination with partial pivoting on an augmented d×(d+1) matrix. */
function solve(a: number[][]): number[] {
  const d = a.length
  for (let col = 0; col < d; col++) {
    let pivot = col
    for (let r = col + 1; r < d; r++) {
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r
    }
    const tmp = a[col] as number[]
    a[col] = a[pivot] as number[]
    a[pivot] = tmp
    const p = a[col] as number[]
    const pv = p[col] ?? 0
    if (Math.abs(pv) < 1e-12) continue
    for (let r = 0; r < d; r++) {
      if (r === col) continue
      const row = a[r] as number[]
      const f = (row[col] ?? 0) / pv
      if (f === 0) continue
      for (let k = col; k <= d; k++) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0)
    }
  }
  return a.map((row, i) => {
    const pv = row[i] ?? 0
    return Math.abs(pv) < 1e-12 ? 0 : (row[d] ?? 0) / pv
  })
}

/**
 * Folds that keep every question's answers together, so a fold's test questions are unseen in
 * its training. Groups are dealt round-robin in order of first appearance: deterministic.
 */
export function groupKFold(groups: readonly string[], k: number): number[] {
  const order: string[] = []
  const seen = new Set<string>()
  for (const g of groups) {
    if (!seen.has(g)) {
      seen.add(g)
      order.push(g)
    }
  }
  const foldOf = new Map(order.map((g, i) => [g, i % k]))
  return groups.map((g) => foldOf.get(g) ?? 0)
}
