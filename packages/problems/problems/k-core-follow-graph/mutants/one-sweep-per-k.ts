// Mutant: for each k removes the accounts below k in one sweep, without re-checking neighbours that drop below k
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
    const drop: number[] = []
    for (let v = 0; v < n; v++) if (!removed[v] && degree[v] < k) drop.push(v)
    for (const v of drop) removed[v] = true
    for (const v of drop) {
      core[v] = k - 1
      left--
      for (const u of neighbours[v]) if (!removed[u]) degree[u]--
    }
  }
  return core
}
