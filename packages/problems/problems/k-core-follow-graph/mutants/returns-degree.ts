// Mutant: returns each account's number of distinct connections instead of its core number
export function coreNumbers(n: number, edges: [number, number][]): number[] {
  // Adjacency in one flat array (CSR); a self-pair connects nobody.
  const rawStart = new Int32Array(n + 1)
  for (const [a, b] of edges) {
    if (a === b) continue
    rawStart[a + 1]++
    rawStart[b + 1]++
  }
  for (let v = 0; v < n; v++) rawStart[v + 1] += rawStart[v]
  const raw = new Int32Array(rawStart[n])
  const fill = rawStart.slice(0, n)
  for (const [a, b] of edges) {
    if (a === b) continue
    raw[fill[a]++] = b
    raw[fill[b]++] = a
  }
  // Drop repeated pairs: stamp[u] === v means u is already listed as v's neighbour.
  const stamp = new Int32Array(n).fill(-1)
  const start = new Int32Array(n + 1)
  const adjacency = new Int32Array(raw.length)
  const degree = new Int32Array(n)
  let size = 0
  let maxDegree = 0
  for (let v = 0; v < n; v++) {
    start[v] = size
    for (let i = rawStart[v]; i < rawStart[v + 1]; i++) {
      const u = raw[i]
      if (stamp[u] === v) continue
      stamp[u] = v
      adjacency[size++] = u
    }
    degree[v] = size - start[v]
    maxDegree = Math.max(maxDegree, degree[v])
  }
  start[n] = size
  return Array.from(degree)
}
