// Mutant: sorts once but recounts the sorted prefix for every threshold, O(n^2) per feature
export function bestStump(
  features: number[][],
  labels: number[],
): { feature: number; threshold: number; impurity: number } | null {
  const n = labels.length
  const classes = labels.reduce((most, y) => Math.max(most, y + 1), 0)
  let best: { feature: number; threshold: number; impurity: number } | null = null
  for (const [feature, column] of features.entries()) {
    const order = labels.map((_, i) => i).sort((a, b) => column[a]! - column[b]!)
    const total = new Array<number>(classes).fill(0)
    for (const y of labels) total[y]! += 1
    const sorted = order.map((i) => labels[i]!)
    for (let pos = 0; pos + 1 < n; pos++) {
      const here = column[order[pos]!]!
      const after = column[order[pos + 1]!]!
      if (here === after) continue // equal values cannot be separated
      const left = new Array<number>(classes).fill(0)
      for (let i = 0; i <= pos; i++) left[sorted[i]!]! += 1
      let leftSq = 0
      let rightSq = 0
      left.forEach((c, k) => {
        leftSq += c * c
        rightSq += (total[k]! - c) ** 2
      })
      const nLeft = pos + 1
      const impurity = 1 - (leftSq / nLeft + rightSq / (n - nLeft)) / n
      // Equal impurities may differ in the last bits; the earlier split keeps a tie.
      if (best === null || impurity < best.impurity - 1e-12) {
        best = { feature, threshold: (here + after) / 2, impurity }
      }
    }
  }
  return best
}
