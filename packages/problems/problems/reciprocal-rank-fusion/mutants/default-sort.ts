// Mutant: puts the ids in default sort() order, then sorts by score alone, so equal scores skip the best-rank rule
const EPS = 1e-12

export function reciprocalRankFusion(rankings: string[][], c: number, m: number): string[] {
  const score = new Map<string, number>()
  for (const ranking of rankings) {
    const seen = new Set<string>()
    ranking.forEach((doc, i) => {
      if (seen.has(doc)) return
      seen.add(doc)
      score.set(doc, (score.get(doc) ?? 0) + 1 / (c + i + 1))
    })
  }
  // sort() is stable, so ids with equal scores stay in the order of the first sort.
  const docs = [...score.keys()].sort()
  docs.sort((a, b) => {
    const diff = score.get(b)! - score.get(a)!
    return Math.abs(diff) > EPS ? diff : 0
  })
  return docs.slice(0, m)
}
