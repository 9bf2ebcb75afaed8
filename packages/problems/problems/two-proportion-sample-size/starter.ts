export function sampleSizePerArm(
  baseline: number,
  lift: number,
  alpha: number,
  power: number,
  twoSided: boolean,
): { n_per_arm: number; z_alpha: number; z_power: number } {
  // Write the standard normal quantile yourself: no statistics library.
  throw new Error('not implemented')
}
