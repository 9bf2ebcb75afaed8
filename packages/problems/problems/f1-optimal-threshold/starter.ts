interface ThresholdChoice {
  threshold: number
  f1: number
  precision: number
  recall: number
}

export function bestF1Threshold(scores: number[], labels: number[]): ThresholdChoice {
  // Flag comment i when scores[i] >= t; candidates are the distinct scores.
  // Return the threshold with the best F1 (ties: highest threshold) and its precision and recall.
  throw new Error('not implemented')
}
