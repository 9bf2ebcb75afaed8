export function srmCheck(
  counts: number[],
  weights: number[],
  alpha: number,
): { statistic: number; df: number; p_value: number; mismatch: boolean } {
  // Return { statistic, df, p_value, mismatch } for the observed counts against the plan.
  throw new Error('not implemented')
}
