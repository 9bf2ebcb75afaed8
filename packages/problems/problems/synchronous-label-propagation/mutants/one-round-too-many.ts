// Mutant: runs max_rounds + 1 rounds when labels keep changing
export function propagateLabels(n: number, edges: [number, number][], maxRounds: number): number[] {
  const neighbors: number[][] = Array.from({ length: n }, () => [])
  for (const [a, b] of edges) {
    if (a === b) continue // a self-pair is not a neighbour; repeated pairs vote once per listing
    neighbors[a].push(b)
    neighbors[b].push(a)
  }
  let labels = Array.from({ length: n }, (_, v) => v)
  const votes = new Array<number>(n).fill(0) // reused tally, cleared after each member
  for (let round = 0; round <= maxRounds; round++) {
    // every member reads the labels of the previous round, never this round's
    const next = labels.slice()
    let changed = false
    for (let v = 0; v < n; v++) {
      if (neighbors[v].length === 0) continue
      let best = -1
      for (const u of neighbors[v]) {
        const label = labels[u]
        votes[label] += 1
        if (
          best < 0 ||
          votes[label] > votes[best] ||
          (votes[label] === votes[best] && label < best)
        )
          best = label
      }
      for (const u of neighbors[v]) votes[labels[u]] = 0
      next[v] = best
      if (best !== labels[v]) changed = true
    }
    if (!changed) break
    labels = next
  }
  return labels
}
