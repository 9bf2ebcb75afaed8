export function sequentialMonitor(
  info: number[],
  z: number[],
  alpha: number,
): { boundaries: number[]; stop_look: number } {
  // Return the z boundary of every planned look and the 1-based look that stops the test, or 0.
  // Write the normal CDF and quantile yourself: no statistics library.
  throw new Error('not implemented')
}
