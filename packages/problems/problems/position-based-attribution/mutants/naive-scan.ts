// Mutant: rescans all of the user's touches for every conversion, O(T * C) on heavy users (correct output, too slow)
export function attributeConversions(
  touches: [number, number, string][],
  conversions: [number, number, number][],
  lookback: number,
): [string, number][] {
  const byUser = new Map<number, [number, string][]>()
  for (const [user, t, channel] of touches) {
    const list = byUser.get(user)
    if (list) list.push([t, channel])
    else byUser.set(user, [[t, channel]])
  }
  for (const list of byUser.values()) list.sort((a, b) => a[0] - b[0])
  const credit = new Map<string, number>()
  const add = (channel: string, amount: number): void => {
    credit.set(channel, (credit.get(channel) ?? 0) + amount)
  }
  for (const [user, t, value] of conversions) {
    const path: string[] = []
    for (const [tt, channel] of byUser.get(user) ?? []) {
      if (t - lookback <= tt && tt <= t) path.push(channel)
    }
    const k = path.length
    if (k === 0) add('(direct)', value)
    else if (k === 1) add(path[0]!, value)
    else if (k === 2) {
      add(path[0]!, 0.5 * value)
      add(path[1]!, 0.5 * value)
    } else {
      add(path[0]!, 0.4 * value)
      add(path[k - 1]!, 0.4 * value)
      for (let j = 1; j < k - 1; j++) add(path[j]!, (0.2 * value) / (k - 2))
    }
  }
  const round6 = (x: number): number => Math.round(x * 1e6) / 1e6
  return [...credit]
    .map(([channel, c]): [string, number] => [channel, round6(c)])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
