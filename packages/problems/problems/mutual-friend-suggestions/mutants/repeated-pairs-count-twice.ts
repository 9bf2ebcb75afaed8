// Mutant: keeps adjacency arrays, so a pair logged twice counts its mutual friends twice
export function suggestFriends(
  n: number,
  edges: [number, number][],
  user: number,
  k: number,
): [candidate: number, mutual: number][] {
  const friends: number[][] = Array.from({ length: n }, () => [] as number[])
  for (const [a, b] of edges) {
    if (a === b) continue // a self-pair befriends nobody; sets drop repeated pairs
    friends[a].push(b)
    friends[b].push(a)
  }
  const mine = friends[user]
  const mutualCounts = new Map<number, number>()
  for (const friend of mine) {
    for (const candidate of friends[friend]) {
      if (candidate === user || mine.includes(candidate)) continue
      mutualCounts.set(candidate, (mutualCounts.get(candidate) ?? 0) + 1)
    }
  }
  const ranked = [...mutualCounts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])
  return ranked.slice(0, k)
}
