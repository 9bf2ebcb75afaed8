// Mutant: finds the next account to remove by scanning every account for the smallest degree; right answers, O(n^2)
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
  let level = 0
  for (let step = 0; step < n; step++) {
    let best = -1
    for (let v = 0; v < n; v++) {
      if (!removed[v] && (best < 0 || degree[v] < degree[best])) best = v
    }
    removed[best] = true
    level = Math.max(level, degree[best])
    core[best] = level
    for (const u of neighbours[best]) if (!removed[u]) degree[u]--
  }
  return core
}
