// Mutant: alerts on latency >= 3 * p50 instead of strictly greater
interface P50Report {
  medians: [number, number][]
  alerts: number[]
}

// A binary heap of request positions; `before(a, b)` says which of two positions is nearer the top.
class PositionHeap {
  private readonly items: number[] = []

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length
  }

  top(): number {
    return this.items[0] as number
  }

  push(position: number): void {
    const a = this.items
    a.push(position)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(position, a[parent] as number)) break
      a[i] = a[parent] as number
      i = parent
    }
    a[i] = position
  }

  pop(): number {
    const a = this.items
    const first = a[0] as number
    const last = a.pop() as number
    if (a.length > 0) {
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= a.length) break
        const right = child + 1
        if (right < a.length && this.before(a[right] as number, a[child] as number)) child = right
        if (!this.before(a[child] as number, last)) break
        a[i] = a[child] as number
        i = child
      }
      a[i] = last
    }
    return first
  }
}

export function rollingP50(latencies: number[], window: number): P50Report {
  const n = latencies.length
  const value = (p: number): number => latencies[p] as number
  // Order by (latency, position) so that no two entries tie.
  const low = new PositionHeap((a, b) => value(a) > value(b) || (value(a) === value(b) && a > b))
  const high = new PositionHeap((a, b) => value(a) < value(b) || (value(a) === value(b) && a < b))
  const inLow = new Uint8Array(n)
  let lowLive = 0
  let highLive = 0
  const medians: [number, number][] = []
  const alerts: number[] = []
  let previous = -1
  for (let i = 0; i < n; i++) {
    const x = value(i)
    const start = i - window + 1
    // The p50 before request i is the one computed at i - 1.
    if (i > 0 && x >= 3 * previous) alerts.push(i)
    // Entries that left the window are dropped only when they reach a heap's top.
    while (low.size > 0 && low.top() < start) low.pop()
    if (low.size > 0 && x <= value(low.top())) {
      low.push(i)
      inLow[i] = 1
      lowLive++
    } else {
      high.push(i)
      highLive++
    }
    if (i >= window) {
      if (inLow[i - window] === 1) lowLive--
      else highLive--
    }
    for (;;) {
      while (low.size > 0 && low.top() < start) low.pop()
      while (high.size > 0 && high.top() < start) high.pop()
      // The lower half holds ceil(k / 2) live values, so its top is the lower median.
      if (lowLive > highLive + 1) {
        const moved = low.pop()
        high.push(moved)
        inLow[moved] = 0
        lowLive--
        highLive++
      } else if (lowLive < highLive) {
        const moved = high.pop()
        low.push(moved)
        inLow[moved] = 1
        lowLive++
        highLive--
      } else break
    }
    const median = value(low.top())
    if (median !== previous) medians.push([i, median])
    previous = median
  }
  return { medians, alerts }
}
