export function ratioMetricTest(
  control: [clicks: number, views: number][],
  treatment: [clicks: number, views: number][],
): {
  diff: number | null
  se: number | null
  z: number | null
  ci_low: number | null
  ci_high: number | null
} {
  // Return { diff, se, z, ci_low, ci_high }; a value is null where it is undefined.
  throw new Error('not implemented')
}
