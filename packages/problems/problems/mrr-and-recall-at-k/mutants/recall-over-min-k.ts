// Mutant: divides recall by min(k, |R|), the most a top-k list could find, instead of |R|
export function mrrAndRecallAtK(
  rankings: string[][],
  relevant: string[][],
  k: number,
): { mrr: number; recall_at_k: number } {
  let rrTotal = 0
  let recallTotal = 0
  let counted = 0
  rankings.forEach((ranked, q) => {
    const relSet = new Set(relevant[q] ?? [])
    if (relSet.size === 0) return // recall is undefined without relevant items: skip the query
    counted += 1
    const found = new Set<string>()
    ranked.slice(0, Math.max(k, 0)).forEach((item, i) => {
      if (!relSet.has(item)) return
      if (found.size === 0) rrTotal += 1 / (i + 1)
      found.add(item) // a repeated id is only counted once
    })
    recallTotal += found.size / Math.min(k, relSet.size)
  })
  if (counted === 0) return { mrr: 0, recall_at_k: 0 }
  return { mrr: rrTotal / counted, recall_at_k: recallTotal / counted }
}
