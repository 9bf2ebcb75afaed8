// Mutant: keeps a self-pair [a, a], so an account linked only to itself gets core number 1
export function coreNumbers(n: number, edges: [number, number][]): number[] {
  // Adjacency in one flat array (CSR).
  const rawStart = new Int32Array(n + 1)
  for (const [a, b] of edges) {
    rawStart[a + 1]++
    rawStart[b + 1]++
  }
  for (let v = 0; v < n; v++) rawStart[v + 1] += rawStart[v]
  const raw = new Int32Array(rawStart[n])
  const fill = rawStart.slice(0, n)
  for (const [a, b] of edges) {
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

  // Counting sort by degree: order[pos[v]] === v, bucketStart[d] is the first slot of degree d.
  const bucketStart = new Int32Array(maxDegree + 2)
  for (let v = 0; v < n; v++) bucketStart[degree[v] + 1]++
  for (let d = 0; d <= maxDegree; d++) bucketStart[d + 1] += bucketStart[d]
  const order = new Int32Array(n)
  const pos = new Int32Array(n)
  const nextSlot = bucketStart.slice()
  for (let v = 0; v < n; v++) {
    pos[v] = nextSlot[degree[v]]++
    order[pos[v]] = v
  }

  // Take members in order of current degree; that degree is the member's core number.
  for (let i = 0; i < n; i++) {
    const v = order[i]
    const dv = degree[v]
    for (let j = start[v]; j < start[v + 1]; j++) {
      const u = adjacency[j]
      const du = degree[u]
      if (du <= dv) continue // already taken, or cannot drop below v's core
      // Swap u to the front of its bucket, then shrink the bucket: u moves to du - 1.
      const first = bucketStart[du]
      const w = order[first]
      if (w !== u) {
        const pu = pos[u]
        order[first] = u
        order[pu] = w
        pos[u] = first
        pos[w] = pu
      }
      bucketStart[du]++
      degree[u] = du - 1
    }
  }
  return Array.from(degree)
}
