// Mutant: an account removed while peeling to the k-core gets k, one more than its core number k - 1
export function coreNumbers(n: number, edges: [number, number][]): number[] {
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>())
  for (const [a, b] of edges) {
    if (a === b) continue
    neighbours[a].add(b)
    neighbours[b].add(a)
  }
  const degree = neighbours.map((s) => s.size)
  const removed = new Array<boolean>(n).fill(false)
  const core = new Array<number>(n).fill(0)
  let left = n
  for (let k = 1; left > 0; k++) {
    const stack: number[] = []
    for (let v = 0; v < n; v++) {
      if (!removed[v] && degree[v] < k) {
        removed[v] = true
        stack.push(v)
      }
    }
    while (stack.length > 0) {
      const v = stack.pop()!
      core[v] = k
      left--
      for (const u of neighbours[v]) {
        if (removed[u]) continue
        if (--degree[u] < k) {
          removed[u] = true
          stack.push(u)
        }
      }
    }
  }
  return core
}
