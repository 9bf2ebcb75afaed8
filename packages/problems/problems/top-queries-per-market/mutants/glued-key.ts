// Mutant: keys the groups by market + query glued into one string, so ("AB", "C") and ("A", "BC") share a group
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
  const groups = new Map<
    string,
    { market: string; query: string; users: Set<string>; searches: number }
  >()
  for (const shard of shards) {
    for (const [user, market, query] of shard) {
      const key = market + query
      let group = groups.get(key)
      if (!group) groups.set(key, (group = { market, query, users: new Set(), searches: 0 }))
      group.searches++
      group.users.add(user)
    }
  }

  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const byMarket = new Map<string, Row[]>()
  for (const { market, query, users, searches } of groups.values()) {
    if (users.size < minUsers) continue
    if (!byMarket.has(market)) byMarket.set(market, [])
    byMarket.get(market)!.push([query, searches, users.size])
  }
  const result: Record<string, Row[]> = {}
  for (const [market, rows] of byMarket) {
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]))
    result[market] = rows.slice(0, k)
  }
  return result
}
