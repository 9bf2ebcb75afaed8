export function coreNumbers(n: number, edges: [number, number][]): number[] {
  // edges[i] = [a, b]: a and b are connected (pairs may repeat, in either order, and may be [a, a]).
  // Return core[v] for every member v = 0 .. n-1.
  throw new Error('not implemented')
}
