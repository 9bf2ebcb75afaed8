// Agreement metrics between predicted and human scores: Pearson, Spearman, RMSE, quadratic kappa.

export interface Agreement {
  n: number
  pearson: number
  spearman: number
  rmse: number
  qwk: number
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length)
  if (n < 2) return 0
  let mx = 0
  let my = 0
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0
    my += y[i] ?? 0
  }
  mx /= n
  my /= n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx
    const dy = (y[i] ?? 0) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy)
}

/** Ranks from 1, ties sharing their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0])
  const out = new Array<number>(values.length).fill(0)
  let i = 0
  while (i < order.length) {
    let j = i
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = rank
    i = j + 1
  }
  return out
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y))
}

export function rmse(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length)
  if (n === 0) return 0
  let sum = 0
  for (let i = 0; i < n; i++) sum += ((x[i] ?? 0) - (y[i] ?? 0)) ** 2
  return Math.sqrt(sum / n)
}

/**
 * Quadratic weighted kappa of two integer ratings on 0..maxRating. Values are rounded (half up)
 * and clamped to the scale first.
 */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  maxRating: number,
): number {
  const n = Math.min(a.length, b.length)
  const k = Math.max(1, Math.round(maxRating)) + 1
  if (n === 0) return 0
  const clamp = (v: number) => Math.min(k - 1, Math.max(0, Math.floor(v + 0.5)))
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0))
  const histA = new Array<number>(k).fill(0)
  const histB = new Array<number>(k).fill(0)
  for (let i = 0; i < n; i++) {
    const ra = clamp(a[i] ?? 0)
    const rb = clamp(b[i] ?? 0)
    const row = observed[ra]
    if (row) row[rb] = (row[rb] ?? 0) + 1
    histA[ra] = (histA[ra] ?? 0) + 1
    histB[rb] = (histB[rb] ?? 0) + 1
  }
  let num = 0
  let den = 0
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1))
      num += w * (observed[i]?.[j] ?? 0)
      den += (w * (histA[i] ?? 0) * (histB[j] ?? 0)) / n
    }
  }
  return den === 0 ? (num === 0 ? 1 : 0) : 1 - num / den
}

/** All four metrics; `maxScores` gives each row's own integer scale for QWK. */
export function agreement(
  predicted: readonly number[],
  actual: readonly number[],
  maxScores: readonly number[],
): Agreement {
  const scale = Math.max(1, ...maxScores.map((m) => Math.round(m)))
  return {
    n: Math.min(predicted.length, actual.length),
    pearson: pearson(predicted, actual),
    spearman: spearman(predicted, actual),
    rmse: rmse(predicted, actual),
    qwk: quadraticWeightedKappa(predicted, actual, scale),
  }
}
