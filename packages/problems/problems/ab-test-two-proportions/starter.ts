export function twoProportionZTest(
  clicksA: number,
  nA: number,
  clicksB: number,
  nB: number,
): { z: number; p_value: number; ci_low: number; ci_high: number } {
  // Return { z, p_value, ci_low, ci_high } for the difference pB - pA.
  throw new Error('not implemented')
}
