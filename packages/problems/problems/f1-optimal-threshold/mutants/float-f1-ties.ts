// Mutant: compares F1 computed as 2PR/(P+R) in doubles, so equal fractions that round one ulp apart are not a tie
interface ThresholdChoice {
  threshold: number
  f1: number
  precision: number
  recall: number
}

export function bestF1Threshold(scores: number[], labels: number[]): ThresholdChoice {
  const n = scores.length
  const order = Array.from({ length: n }, (_, i) => i)
  order.sort((a, b) => scores[b]! - scores[a]!)
  let positives = 0
  for (const label of labels) positives += label
  let flagged = 0
  let truePos = 0
  let bestThreshold = 0
  let bestNum = -1
  let bestF1 = 0
  let bestDen = 1
  let bestTruePos = 0
  let bestFlagged = 1
  let i = 0
  while (i < n) {
    // Every comment with this score is flagged at once, so add the whole group first.
    const threshold = scores[order[i]!]!
    while (i < n && scores[order[i]!] === threshold) {
      truePos += labels[order[i]!]!
      flagged += 1
      i += 1
    }
    // F1 = 2TP / (flagged + positives); the products stay far below 2^53, so this is exact.
    const num = 2 * truePos
    const den = flagged + positives
    // Strictly better only, so an exact tie keeps the earlier, higher threshold.
    const precision = truePos / flagged
    const recall = positives > 0 ? truePos / positives : 0
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
    if (bestNum < 0 || f1 > bestF1) {
      bestF1 = f1
      bestThreshold = threshold
      bestNum = num
      bestDen = den
      bestTruePos = truePos
      bestFlagged = flagged
    }
  }
  return {
    threshold: bestThreshold,
    f1: bestNum / bestDen,
    precision: bestTruePos / bestFlagged,
    recall: positives > 0 ? bestTruePos / positives : 0,
  }
}
