export function slidingHeavyHitters(
  events: [number, string][],
  window: number,
  percent: number,
  queries: number[],
): [string, number][][] {
  // For each query time, return the [item, count] pairs holding >= percent% of the window.
  throw new Error('not implemented')
}
