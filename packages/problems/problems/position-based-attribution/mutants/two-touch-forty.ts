// Mutant: two-touch paths pay 40% to each touch and lose the other 20%
const DIRECT = '(direct)'

type Path = { times: number[]; channels: string[]; shareDiff: number[]; coverDiff: number[] }

// First index whose time is >= t (strict = false) or > t (strict = true).
function search(times: number[], t: number, strict: boolean): number {
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (strict ? times[mid]! <= t : times[mid]! < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function attributeConversions(
  touches: [number, number, string][],
  conversions: [number, number, number][],
  lookback: number,
): [string, number][] {
  const order = new Map<number, number[]>()
  touches.forEach(([user], i) => {
    const list = order.get(user)
    if (list) list.push(i)
    else order.set(user, [i])
  })
  const paths = new Map<number, Path>()
  for (const [user, idx] of order) {
    // Array.prototype.sort is stable, so equal times keep their input order.
    idx.sort((a, b) => touches[a]![1] - touches[b]![1])
    paths.set(user, {
      times: idx.map((i) => touches[i]![1]),
      channels: idx.map((i) => touches[i]![2]),
      shareDiff: new Array<number>(idx.length + 1).fill(0),
      coverDiff: new Array<number>(idx.length + 1).fill(0),
    })
  }

  const credit = new Map<string, number>()
  const add = (channel: string, amount: number): void => {
    credit.set(channel, (credit.get(channel) ?? 0) + amount)
  }

  for (const [user, t, value] of conversions) {
    const path = paths.get(user)
    const lo = path ? search(path.times, t - lookback, false) : 0
    const hi = path ? search(path.times, t, true) : 0
    const k = hi - lo
    if (!path || k === 0) add(DIRECT, value)
    else if (k === 1) add(path.channels[lo]!, value)
    else if (k === 2) {
      add(path.channels[lo]!, 0.4 * value)
      add(path.channels[lo + 1]!, 0.4 * value)
    } else {
      add(path.channels[lo]!, 0.4 * value)
      add(path.channels[hi - 1]!, 0.4 * value)
      const share = (0.2 * value) / (k - 2)
      path.shareDiff[lo + 1]! += share
      path.shareDiff[hi - 1]! -= share
      path.coverDiff[lo + 1]! += 1
      path.coverDiff[hi - 1]! -= 1
    }
  }

  for (const { channels, shareDiff, coverDiff } of paths.values()) {
    let running = 0
    let covered = 0
    channels.forEach((channel, j) => {
      running += shareDiff[j]!
      covered += coverDiff[j]!
      if (covered === 0)
        running = 0 // no open range: drop the rounding residue
      else add(channel, running)
    })
  }

  const round6 = (x: number): number => Math.round(x * 1e6) / 1e6
  return [...credit]
    .map(([channel, c]): [string, number] => [channel, round6(c)])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
