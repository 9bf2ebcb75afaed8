// Mutant: scores every position of the sorted order, including cuts inside a run of equal values
export function bestStump(
  features: number[][],
  labels: number[],
): { feature: number; threshold: number; impurity: number } | null {
  const n = labels.length
  const classes = labels.reduce((most, y) => Math.max(most, y + 1), 0)
  let best: { feature: number; threshold: number; impurity: number } | null = null
  for (const [feature, column] of features.entries()) {
    const order = labels.map((_, i) => i).sort((a, b) => column[a]! - column[b]!)
    const left = new Array<number>(classes).fill(0)
    const right = new Array<number>(classes).fill(0)
    for (const y of labels) right[y]! += 1
    // Sums of squared class counts on each side, kept up to date as samples move left.
    let leftSq = 0
    let rightSq = right.reduce((sum, c) => sum + c * c, 0)
    for (let pos = 0; pos + 1 < n; pos++) {
      const y = labels[order[pos]!]!
      leftSq += 2 * left[y]! + 1
      rightSq -= 2 * right[y]! - 1
      left[y]! += 1
      right[y]! -= 1
      const here = column[order[pos]!]!
      const after = column[order[pos + 1]!]!
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
