// Mutant: sorts the distinct scores with the default sort(), which compares numbers as strings
interface ThresholdChoice {
  threshold: number
  f1: number
  precision: number
  recall: number
}

export function bestF1Threshold(scores: number[], labels: number[]): ThresholdChoice {
  // Tally each distinct score once, then sweep the scores from the highest down.
  const tally = new Map<number, { count: number; positives: number }>()
  let positives = 0
  scores.forEach((score, i) => {
    const entry = tally.get(score) ?? { count: 0, positives: 0 }
    entry.count += 1
    entry.positives += labels[i]!
    tally.set(score, entry)
    positives += labels[i]!
  })
  const distinct = [...tally.keys()].sort().reverse()
  let flagged = 0
  let truePos = 0
  let best: ThresholdChoice | null = null
  let bestNum = -1
  let bestDen = 1
  for (const threshold of distinct) {
    const entry = tally.get(threshold)!
    flagged += entry.count
    truePos += entry.positives
    const num = 2 * truePos
    const den = flagged + positives
    if (best === null || num * bestDen > bestNum * den) {
      bestNum = num
      bestDen = den
      best = {
        threshold,
        f1: num / den,
        precision: truePos / flagged,
        recall: positives > 0 ? truePos / positives : 0,
      }
    }
  }
  return best!
}
