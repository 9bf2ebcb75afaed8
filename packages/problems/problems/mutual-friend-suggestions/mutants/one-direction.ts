// Mutant: records each friendship one way only, as logged
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
  }
  const mine = friends[user]
  const mutualCounts = new Map<number, number>()
  for (const friend of mine) {
    for (const candidate of friends[friend]) {
      if (candidate === user || mine.has(candidate)) continue
      mutualCounts.set(candidate, (mutualCounts.get(candidate) ?? 0) + 1)
    }
  }
  const ranked = [...mutualCounts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])
  return ranked.slice(0, k)
}
