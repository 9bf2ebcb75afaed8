// Mutant: sorts [score, label] pairs with the default sort(), which compares them as strings
export function rocAuc(scores: number[], labels: number[]): number | null {
  const n = scores.length
  const nPos = labels.reduce((sum, y) => sum + y, 0)
  const nNeg = n - nPos
  if (nPos === 0 || nNeg === 0) return null

  const pairs = scores.map((s, i) => [s, labels[i]]).sort()
  const sorted = pairs.map(([s]) => s)
  const sortedLabels = pairs.map(([, y]) => y)
  let positiveRankSum = 0
  for (let i = 0; i < n;) {
    let j = i
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++
    const midrank = (i + j) / 2 + 1 // ranks are 1-based; a tie group shares its average rank
    for (let t = i; t <= j; t++) positiveRankSum += midrank * sortedLabels[t]
    i = j + 1
  }

  const u = positiveRankSum - (nPos * (nPos + 1)) / 2
  return u / (nPos * nNeg)
}
