export function beamSearch(
  logp: number[][],
  start: number,
  end: number,
  beamWidth: number,
  maxLen: number,
  alpha: number,
): { tokens: number[]; score: number } {
  // Return { tokens, score }: the best finished hypothesis and its normalised score.
  throw new Error('not implemented')
}
