// Mutant: keeps the window in a sorted array with binary search and splice: O(window) shifting per request, too slow for the large case
interface P50Report {
  medians: [number, number][]
  alerts: number[]
}

function lowerBound(a: number[], x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((a[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function rollingP50(latencies: number[], window: number): P50Report {
  const ordered: number[] = []
  const medians: [number, number][] = []
  const alerts: number[] = []
  let previous = -1
  for (let i = 0; i < latencies.length; i++) {
    const x = latencies[i] as number
    if (i > 0 && x > 3 * previous) alerts.push(i)
    ordered.splice(lowerBound(ordered, x), 0, x)
    if (i >= window) ordered.splice(lowerBound(ordered, latencies[i - window] as number), 1)
    const median = ordered[(ordered.length - 1) >> 1] as number
    if (median !== previous) medians.push([i, median])
    previous = median
  }
  return { medians, alerts }
}
