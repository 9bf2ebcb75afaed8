interface P50Report {
  medians: [number, number][] // [i, p50] at i = 0 and wherever the p50 changes
  alerts: number[] // i where latencies[i] > 3 * p50 of the window ending at i - 1
}

export function rollingP50(latencies: number[], window: number): P50Report {
  // p50 of k values: the ceil(k / 2)-th smallest (the lower middle for even k).
  throw new Error('not implemented')
}
