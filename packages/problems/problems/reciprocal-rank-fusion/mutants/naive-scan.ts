// Mutant: looks every distinct id up again in every list, O(U * T); right answers, too slow on the largest test
const EPS = 1e-12

export function reciprocalRankFusion(rankings: string[][], c: number, m: number): string[] {
  const docs = [...new Set(rankings.flat())]
  const score = new Map<string, number>()
  const best = new Map<string, number>()
  for (const doc of docs) {
    let total = 0
    let top = Infinity
    for (const ranking of rankings) {
      const i = ranking.indexOf(doc)
      if (i < 0) continue
      total += 1 / (c + i + 1)
      top = Math.min(top, i + 1)
    }
    score.set(doc, total)
    best.set(doc, top)
  }
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  docs.sort((a, b) => {
    const diff = score.get(b)! - score.get(a)!
    if (Math.abs(diff) > EPS) return diff
    return best.get(a)! - best.get(b)! || byCodePoint(a, b)
  })
  return docs.slice(0, m)
}
