export function calibrateCtr(
  scores: number[],
  clicks: number[],
  weights: number[],
  queryScores: number[],
): number[] {
  // Fit isotonic regression of clicks on score (PAV), then map each query score to a CTR.
  throw new Error('not implemented')
}
