// Mutant: emits the winning deletions as rows with an empty value instead of dropping the key
type Put = [string, number, string]

// A binary min-heap of shard cursors, ordered by the key each cursor points at, then by shard.
class CursorHeap {
  private readonly items: [string, number, number][] = [] // [key, shard, position]

  get size(): number {
    return this.items.length
  }

  peek(): [string, number, number] {
    return this.items[0]
  }

  private less(a: [string, number, number], b: [string, number, number]): boolean {
    // Keys compare by UTF-16 code units, which for ASCII is their character codes.
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
  }

  push(item: [string, number, number]): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (!this.less(items[i], items[up])) break
      ;[items[i], items[up]] = [items[up], items[i]]
      i = up
    }
  }

  pop(): [string, number, number] {
    const items = this.items
    const top = items[0]
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        const right = left + 1
        let smallest = i
        if (left < items.length && this.less(items[left], items[smallest])) smallest = left
        if (right < items.length && this.less(items[right], items[smallest])) smallest = right
        if (smallest === i) break
        ;[items[i], items[smallest]] = [items[smallest], items[i]]
        i = smallest
      }
    }
    return top
  }
}

export function compactShards(shards: Put[][]): Put[] {
  const heap = new CursorHeap()
  shards.forEach((shard, s) => {
    if (shard.length > 0) heap.push([shard[0][0], s, 0])
  })
  const result: Put[] = []
  while (heap.size > 0) {
    const key = heap.peek()[0]
    let best: Put | null = null
    while (heap.size > 0 && heap.peek()[0] === key) {
      const [, s, i] = heap.pop()
      const write = shards[s][i]
      // Shards pop in increasing index, so >= lets a newer shard win a timestamp tie.
      if (best === null || write[1] >= best[1]) {
        best = write
      }
      if (i + 1 < shards[s].length) heap.push([shards[s][i + 1][0], s, i + 1])
    }
    if (best !== null) result.push([key, best[1], best[2]])
  }
  return result
}
