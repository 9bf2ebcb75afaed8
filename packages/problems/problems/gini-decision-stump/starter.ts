export function bestStump(
  features: number[][],
  labels: number[],
): { feature: number; threshold: number; impurity: number } | null {
  // Return { feature, threshold, impurity } of the best split, or null if no split exists.
  throw new Error('not implemented')
}
