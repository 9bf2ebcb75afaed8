// Mutant: settles each stop at its first arrival, so a later arrival on a better line is thrown away
// A binary min-heap of [time, state] pairs.
class MinHeap {
  private items: [number, number][] = []

  get size(): number {
    return this.items.length
  }

  push(item: [number, number]): void {
    const a = this.items
    a.push(item)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (a[parent][0] <= a[i][0]) break
      ;[a[parent], a[i]] = [a[i], a[parent]]
      i = parent
    }
  }

  pop(): [number, number] {
    const a = this.items
    const top = a[0]
    const last = a.pop() as [number, number]
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l][0] < a[m][0]) m = l
        if (r < a.length && a[r][0] < a[m][0]) m = r
        if (m === i) break
        ;[a[m], a[i]] = [a[i], a[m]]
        i = m
      }
    }
    return top
  }
}

export function travelTimes(
  n: number,
  rides: [u: number, v: number, minutes: number, line: number][],
  changePenalty: number[],
  source: number,
): number[] {
  // States 0..n-1: "at stop v, free to board any line". Further states: "just arrived at stop v
  // on line L", created on demand. A change of line passes through the free state.
  const lineState = new Map<string, number>()
  const stopOf: number[] = Array.from({ length: n }, (_, v) => v)
  const adjacency: [number, number][][] = Array.from({ length: n }, () => [])
  const stateOf = (stop: number, line: number): number => {
    const key = `${stop}:${line}`
    let id = lineState.get(key)
    if (id === undefined) {
      id = stopOf.length
      lineState.set(key, id)
      stopOf.push(stop)
      // getting off the line at this stop costs the stop's change penalty
      adjacency.push([[stop, changePenalty[stop]]])
    }
    return id
  }
  for (const [u, v, minutes, line] of rides) {
    const arrive = stateOf(v, line)
    adjacency[u].push([arrive, minutes]) // board from the free state
    adjacency[stateOf(u, line)].push([arrive, minutes]) // stay on the same line
  }

  const dist = new Array<number>(stopOf.length).fill(-1)
  dist[source] = 0
  const heap = new MinHeap()
  heap.push([0, source])
  const settled = new Array<boolean>(n).fill(false)
  while (heap.size > 0) {
    const [d, s] = heap.pop()
    if (d > dist[s]) continue // a stale heap entry
    if (s >= n) {
      if (settled[stopOf[s]]) continue
      settled[stopOf[s]] = true
    }
    for (const [next, w] of adjacency[s]) {
      if (dist[next] < 0 || d + w < dist[next]) {
        dist[next] = d + w
        heap.push([d + w, next])
      }
    }
  }

  const best = new Array<number>(n).fill(-1)
  best[source] = 0
  for (let s = n; s < stopOf.length; s++) {
    const stop = stopOf[s]
    if (dist[s] >= 0 && (best[stop] < 0 || dist[s] < best[stop])) best[stop] = dist[s]
  }
  return best
}
