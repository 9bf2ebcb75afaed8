export function pagerank(
  n: number,
  edges: [number, number][],
  damping: number,
  tol: number,
  maxIter: number,
): number[] {
  // Return the PageRank of nodes 0..n-1 by power iteration (dangling mass spread uniformly).
  throw new Error('not implemented')
}
