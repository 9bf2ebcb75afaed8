// Mutant: compares the float scores exactly, so equal sums that round differently are not tied
const EPS = 1e-12

export function reciprocalRankFusion(rankings: string[][], c: number, m: number): string[] {
  const score = new Map<string, number>()
  const best = new Map<string, number>()
  for (const ranking of rankings) {
    const seen = new Set<string>()
    ranking.forEach((doc, i) => {
      // A repeat inside one list is the retriever's noise: only its best position counts.
      if (seen.has(doc)) return
      seen.add(doc)
      const rank = i + 1
      score.set(doc, (score.get(doc) ?? 0) + 1 / (c + rank))
      best.set(doc, Math.min(best.get(doc) ?? rank, rank))
    })
  }
  // Plain < compares UTF-16 code units, which is code-point order for ASCII ids; localeCompare is not.
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const docs = [...score.keys()]
  docs.sort((a, b) => {
    const diff = score.get(b)! - score.get(a)!
    if (diff !== 0) return diff
    return best.get(a)! - best.get(b)! || byCodePoint(a, b)
  })
  return docs.slice(0, m)
}
