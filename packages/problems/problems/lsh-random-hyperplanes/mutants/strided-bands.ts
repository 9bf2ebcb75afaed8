// Mutant: band b takes every bands-th bit starting at b instead of a consecutive run
export function lshCandidatePairs(
  vectors: number[][],
  hyperplanes: number[][],
  bands: number,
): Array<[number, number]> {
  const rows = Math.floor(hyperplanes.length / bands)
  // One bit per hyperplane: which side of it the vector lies on (a dot of 0 counts as 1).
  const signatures = vectors.map((v) =>
    hyperplanes.map((h) => (h.reduce((s, x, i) => s + x * (v[i] ?? 0), 0) >= 0 ? '1' : '0')),
  )
  const pairs = new Set<number>() // pair (i, j) encoded as i * n + j
  const n = vectors.length
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>()
    signatures.forEach((sig, idx) => {
      const key = sig.filter((_, t) => t % bands === band).join('')
      const bucket = buckets.get(key)
      if (bucket) bucket.push(idx)
      else buckets.set(key, [idx])
    })
    for (const members of buckets.values()) {
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) pairs.add(members[a]! * n + members[b]!)
      }
    }
  }
  return [...pairs]
    .sort((x, y) => x - y)
    .map((code): [number, number] => [Math.floor(code / n), code % n])
}
