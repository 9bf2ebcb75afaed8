// Mutant: charges the winner its own bid (first price) instead of the second-highest bid
// A binary min-heap of numbers.
class MinHeap {
  private items: number[] = []

  get size(): number {
    return this.items.length
  }

  peek(): number {
    return this.items[0]
  }

  push(value: number): void {
    const a = this.items
    a.push(value)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (a[parent] <= a[i]) break
      ;[a[parent], a[i]] = [a[i], a[parent]]
      i = parent
    }
  }

  pop(): number {
    const a = this.items
    const top = a[0]
    const last = a.pop() as number
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let smallest = i
        if (l < a.length && a[l] < a[smallest]) smallest = l
        if (r < a.length && a[r] < a[smallest]) smallest = r
        if (smallest === i) break
        ;[a[smallest], a[i]] = [a[i], a[smallest]]
        i = smallest
      }
    }
    return top
  }
}

const SLOT = 2 ** 20 // campaign indices fit below this, so one number carries (key, index)
const indexOf = (key: number): number => ((key % SLOT) + SLOT) % SLOT

export function runAuctions(
  campaigns: [bid: number, budget: number][],
  reserves: number[],
): number[] {
  const n = reserves.length
  const spend = new Array<number>(campaigns.length).fill(0)
  // Campaigns that may bid now, keyed -bid * SLOT + index: highest bid first, then lowest index.
  // Only the winner's state ever changes and it is always the top, so nothing else has to leave.
  const active = new MinHeap()
  campaigns.forEach(([bid, budget], j) => {
    if (budget >= bid) active.push(-bid * SLOT + j)
  })
  const resting = new MinHeap() // keyed (first auction it may bid in again) * SLOT + index
  reserves.forEach((reserve, i) => {
    while (resting.size > 0 && Math.floor(resting.peek() / SLOT) <= i) {
      const j = indexOf(resting.pop())
      active.push(-campaigns[j][0] * SLOT + j)
    }
    if (active.size === 0 || campaigns[indexOf(active.peek())][0] < reserve) return
    const winner = indexOf(active.pop())
    const second = active.size > 0 ? campaigns[indexOf(active.peek())][0] : 0
    spend[winner] += campaigns[winner][0]
    const [bid, budget] = campaigns[winner]
    if (budget - spend[winner] >= bid) {
      // Throttled until spend * n <= budget * i, i.e. until auction ceil(spend * n / budget).
      resting.push(Math.ceil((spend[winner] * n) / budget) * SLOT + winner)
    }
  })
  return spend
}
