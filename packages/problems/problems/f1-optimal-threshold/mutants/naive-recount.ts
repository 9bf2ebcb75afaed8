// Mutant: recounts the flagged comments from scratch for every candidate threshold: right answers, O(n^2) time
interface ThresholdChoice {
  threshold: number
  f1: number
  precision: number
  recall: number
}

export function bestF1Threshold(scores: number[], labels: number[]): ThresholdChoice {
  const n = scores.length
  const candidates = [...new Set(scores)].sort((a, b) => b - a)
  let positives = 0
  for (const label of labels) positives += label
  let best: ThresholdChoice | null = null
  let bestNum = -1
  let bestDen = 1
  for (const threshold of candidates) {
    let flagged = 0
    let truePos = 0
    for (let i = 0; i < n; i++) {
      if (scores[i]! >= threshold) {
        flagged += 1
        truePos += labels[i]!
      }
    }
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
