// Mutant: counts every event up to the query, never expiring old ones
export function slidingHeavyHitters(
  events: [number, string][],
  window: number,
  percent: number,
  queries: number[],
): [string, number][][] {
  const counts = new Map<string, number>()
  // Events inside the window are events[head..tail); both pointers only move forward.
  let head = 0
  let tail = 0
  return queries.map((q) => {
    while (tail < events.length && events[tail][0] <= q) {
      const item = events[tail][1]
      counts.set(item, (counts.get(item) ?? 0) + 1)
      tail++
    }
    while (head < tail && window < 0) {
      const item = events[head][1]
      const c = counts.get(item)! - 1
      if (c === 0)
        counts.delete(item) // keep the map as small as the window
      else counts.set(item, c)
      head++
    }
    const total = tail - head
    const heavy: [string, number][] = []
    for (const [item, c] of counts) if (100 * c >= percent * total) heavy.push([item, c])
    return heavy.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  })
}
