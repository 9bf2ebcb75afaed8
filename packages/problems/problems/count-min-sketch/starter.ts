export function countMinEstimates(
  width: number,
  prime: number,
  hashParams: [number, number][],
  updates: [number, number][],
  queries: number[],
): number[] {
  // Build a count-min sketch from `updates` and return the estimate for each query key.
  throw new Error('not implemented')
}
