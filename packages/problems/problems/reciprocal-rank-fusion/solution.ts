const EPS = 1e-12

interface Fused {
  doc: string
  score: number
  best: number
}

export function reciprocalRankFusion(rankings: string[][], c: number, m: number): string[] {
  const fused = new Map<string, Fused>()
  for (const ranking of rankings) {
    const seen = new Set<string>()
    for (let i = 0; i < ranking.length; i++) {
      const doc = ranking[i]!
      // A repeat inside one list is the retriever's noise: only its best position counts.
      if (seen.has(doc)) continue
      seen.add(doc)
      const rank = i + 1
      const entry = fused.get(doc)
      if (entry) {
        entry.score += 1 / (c + rank)
        entry.best = Math.min(entry.best, rank)
      } else {
        fused.set(doc, { doc, score: 1 / (c + rank), best: rank })
      }
    }
  }
  // Plain < compares UTF-16 code units, which is code-point order for ASCII ids; localeCompare is not.
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const docs = [...fused.values()]
  docs.sort((a, b) => {
    const diff = b.score - a.score
    if (Math.abs(diff) > EPS) return diff
    return a.best - b.best || byCodePoint(a.doc, b.doc)
  })
  return docs.slice(0, m).map((entry) => entry.doc)
}
