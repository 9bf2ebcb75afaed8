// Mutant: ranks the scores from highest to lowest
export function rocAuc(scores: number[], labels: number[]): number | null {
  const n = scores.length
  const nPos = labels.reduce((sum, y) => sum + y, 0)
  const nNeg = n - nPos
  if (nPos === 0 || nNeg === 0) return null

  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a])
  let positiveRankSum = 0
  for (let i = 0; i < n;) {
    let j = i
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++
    const midrank = (i + j) / 2 + 1 // ranks are 1-based; a tie group shares its average rank
    for (let t = i; t <= j; t++) positiveRankSum += midrank * labels[order[t]]
    i = j + 1
  }

  const u = positiveRankSum - (nPos * (nPos + 1)) / 2
  return u / (nPos * nNeg)
}
