export function kmeans(
  points: number[][],
  centroids: number[][],
  maxIter: number,
): { centroids: number[][]; assignments: number[]; iterations: number } {
  // Return { centroids, assignments, iterations } after clustering from the given centroids.
  throw new Error('not implemented')
}
