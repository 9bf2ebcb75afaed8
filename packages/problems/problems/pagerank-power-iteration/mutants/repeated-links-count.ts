// Mutant: keeps the links in arrays, so a repeated link counts twice
export function pagerank(
  n: number,
  edges: [number, number][],
  damping: number,
  tol: number,
  maxIter: number,
): number[] {
  const out: number[][] = Array.from({ length: n }, () => [])
  for (const [u, v] of edges) out[u].push(v)
  const danglingNodes = out.flatMap((o, u) => (o.length === 0 ? [u] : []))

  let rank: number[] = new Array(n).fill(1 / n)
  for (let iter = 0; iter < maxIter; iter++) {
    const dangling = danglingNodes.reduce((sum, u) => sum + rank[u], 0)
    const base = (1 - damping) / n + (damping * dangling) / n
    const next: number[] = new Array(n).fill(base)
    out.forEach((o, u) => {
      if (o.length === 0) return
      const share = (damping * rank[u]) / o.length
      for (const v of o) next[v] += share
    })
    const change = next.reduce((sum, x, i) => sum + Math.abs(x - rank[i]), 0)
    rank = next
    if (change < tol) break
  }
  return rank
}
