function squaredDistance(a: number[], b: number[]): number {
  let sum = 0
  for (let t = 0; t < a.length; t++) sum += (a[t]! - b[t]!) ** 2
  return sum
}

function nearest(point: number[], centroids: number[][]): number {
  let best = 0
  let bestDist = Infinity
  centroids.forEach((c, j) => {
    const dist = squaredDistance(point, c)
    if (dist < bestDist) {
      // strict, so a tie stays with the lower index
      best = j
      bestDist = dist
    }
  })
  return best
}

function means(points: number[][], assignments: number[], previous: number[][]): number[][] {
  const sums = previous.map((c) => c.map(() => 0))
  const sizes = previous.map(() => 0)
  points.forEach((point, i) => {
    const j = assignments[i]!
    sizes[j]! += 1
    point.forEach((x, t) => (sums[j]![t]! += x))
  })
  // A centroid that lost every point stays where the last update left it.
  return sums.map((row, j) => (sizes[j]! > 0 ? row.map((s) => s / sizes[j]!) : [...previous[j]!]))
}

export function kmeans(
  points: number[][],
  centroids: number[][],
  maxIter: number,
): { centroids: number[][]; assignments: number[]; iterations: number } {
  let current = centroids.map((c) => [...c])
  let assignments: number[] = []
  let iterations = 0
  if (points.length === 0) return { centroids: current, assignments, iterations }

  while (iterations < maxIter) {
    const next = points.map((p) => nearest(p, current))
    // The first pass always counts as a change, even if every point picks centroid 0.
    if (iterations > 0 && next.every((j, i) => j === assignments[i])) break
    assignments = next
    current = means(points, assignments, current)
    iterations += 1
  }
  return { centroids: current, assignments, iterations }
}
