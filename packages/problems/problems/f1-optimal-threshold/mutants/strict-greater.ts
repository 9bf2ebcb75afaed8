// Mutant: flags only scores strictly above the threshold: counts the group at t as unflagged
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
  let bestDen = 1
  let bestTruePos = 0
  let bestFlagged = 0
  let i = 0
  while (i < n) {
    const threshold = scores[order[i]!]!
    let stop = i
    while (stop < n && scores[order[stop]!] === threshold) stop += 1
    // F1 = 2TP / (flagged + positives); the products stay far below 2^53, so this is exact.
    const num = 2 * truePos
    const den = flagged + positives
    // Strictly better only, so an exact tie keeps the earlier, higher threshold.
    if (bestNum < 0 || num * bestDen > bestNum * den) {
      bestThreshold = threshold
      bestNum = num
      bestDen = den
      bestTruePos = truePos
      bestFlagged = flagged
    }
    while (i < stop) {
      truePos += labels[order[i]!]!
      flagged += 1
      i += 1
    }
  }
  return {
    threshold: bestThreshold,
    f1: bestNum / bestDen,
    precision: bestFlagged > 0 ? bestTruePos / bestFlagged : 0,
    recall: positives > 0 ? bestTruePos / positives : 0,
  }
}
