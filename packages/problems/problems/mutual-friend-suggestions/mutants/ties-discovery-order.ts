// Mutant: sorts by count only, so equal counts keep the order in which they were first reached
export function suggestFriends(
  n: number,
  edges: [number, number][],
  user: number,
  k: number,
): [candidate: number, mutual: number][] {
  const friends: Set<number>[] = Array.from({ length: n }, () => new Set<number>())
  for (const [a, b] of edges) {
    if (a === b) continue // a self-pair befriends nobody; sets drop repeated pairs
    friends[a].add(b)
    friends[b].add(a)
  }
  const mine = friends[user]
  const mutualCounts = new Map<number, number>()
  for (const friend of mine) {
    for (const candidate of friends[friend]) {
      if (candidate === user || mine.has(candidate)) continue
      mutualCounts.set(candidate, (mutualCounts.get(candidate) ?? 0) + 1)
    }
  }
  const ranked = [...mutualCounts.entries()].sort((x, y) => y[1] - x[1])
  return ranked.slice(0, k)
}
