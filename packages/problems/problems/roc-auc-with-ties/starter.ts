export function rocAuc(scores: number[], labels: number[]): number | null {
  // Return the ROC AUC by rank sum (ties count one half), or null if a class is missing.
  throw new Error('not implemented')
}
