// Mutant: counts each different word once, forgetting to weight it by how often it occurs
type Entry = [count: number, left: string, right: string]

/** Most frequent first; equal counts go to the smaller left symbol, then the smaller right one. */
function outranks(p: Entry, q: Entry): boolean {
  if (p[0] !== q[0]) return p[0] > q[0]
  if (p[1] !== q[1]) return p[1] < q[1]
  return p[2] < q[2]
}

class PairHeap {
  private items: Entry[] = []

  get size(): number {
    return this.items.length
  }

  push(entry: Entry): void {
    const items = this.items
    items.push(entry)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!outranks(items[i]!, items[parent]!)) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }

  pop(): Entry {
    const items = this.items
    const top = items[0]!
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      let i = 0
      for (;;) {
        let best = i
        for (const child of [2 * i + 1, 2 * i + 2]) {
          if (child < items.length && outranks(items[child]!, items[best]!)) best = child
        }
        if (best === i) break
        ;[items[i], items[best]] = [items[best]!, items[i]!]
        i = best
      }
    }
    return top
  }
}

function applyMerge(symbols: string[], left: string, right: string): string[] {
  const out: string[] = []
  for (let i = 0; i < symbols.length; i++) {
    if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) {
      out.push(left + right)
      i++ // the pair is consumed, so "a a a" becomes "aa a"
    } else out.push(symbols[i]!)
  }
  return out
}

export function trainBpe(
  corpus: string[],
  numMerges: number,
): { merges: [string, string][]; tokens: string[][] } {
  // Work on distinct words weighted by frequency: a merge only touches the words holding its pair.
  const freq = new Map<string, number>()
  for (const line of corpus) {
    for (const word of line.split(' ')) if (word !== '') freq.set(word, (freq.get(word) ?? 0) + 1)
  }
  const vocab = [...freq.keys()]
  const pieces = vocab.map((word) => [...word])
  const weight = vocab.map(() => 1)

  // A pair is keyed "left right": symbols never contain a space, so the key is unambiguous.
  const count = new Map<string, number>()
  const holders = new Map<string, Set<number>>()
  const eachPair = (symbols: string[], visit: (key: string) => void): void => {
    for (let j = 0; j + 1 < symbols.length; j++) visit(`${symbols[j]} ${symbols[j + 1]}`)
  }
  const hold = (key: string, word: number): void => {
    const set = holders.get(key)
    if (set) set.add(word)
    else holders.set(key, new Set([word]))
  }
  pieces.forEach((symbols, i) =>
    eachPair(symbols, (key) => {
      count.set(key, (count.get(key) ?? 0) + weight[i]!)
      hold(key, i)
    }),
  )
  const heap = new PairHeap()
  for (const [key, c] of count) {
    const [left, right] = key.split(' ') as [string, string]
    heap.push([c, left, right])
  }

  const merges: [string, string][] = []
  while (merges.length < numMerges && heap.size > 0) {
    const [c, left, right] = heap.pop()
    const key = `${left} ${right}`
    if (count.get(key) !== c) continue // stale: the count changed after this entry was pushed
    if (c < 2) break
    merges.push([left, right])
    const delta = new Map<string, number>()
    for (const i of holders.get(key)!) {
      const old = pieces[i]!
      const next = applyMerge(old, left, right)
      if (next.length === old.length) continue // an earlier merge already took the pair out
      eachPair(old, (k) => delta.set(k, (delta.get(k) ?? 0) - weight[i]!))
      eachPair(next, (k) => {
        delta.set(k, (delta.get(k) ?? 0) + weight[i]!)
        hold(k, i)
      })
      pieces[i] = next
    }
    holders.delete(key)
    for (const [k, d] of delta) {
      if (d === 0) continue
      const updated = (count.get(k) ?? 0) + d
      if (updated === 0) {
        count.delete(k)
        continue
      }
      count.set(k, updated)
      const [l, r] = k.split(' ') as [string, string]
      heap.push([updated, l, r])
    }
  }

  const final = new Map(vocab.map((word, i) => [word, pieces[i]!]))
  const tokens = corpus.map((line) =>
    line.split(' ').flatMap((word) => (word === '' ? [] : final.get(word)!)),
  )
  return { merges, tokens }
}
