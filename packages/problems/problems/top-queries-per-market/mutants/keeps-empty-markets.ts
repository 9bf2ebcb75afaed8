// Mutant: keeps a market with an empty list when none of its queries clears the floor
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
  // market -> query -> the distinct users and the search count of that pair, over every shard.
  const groups = new Map<string, Map<string, { users: Set<string>; searches: number }>>()
  for (const shard of shards) {
    for (const [user, market, query] of shard) {
      let queries = groups.get(market)
      if (!queries) groups.set(market, (queries = new Map()))
      let group = queries.get(query)
      if (!group) queries.set(query, (group = { users: new Set(), searches: 0 }))
      group.searches++
      group.users.add(user)
    }
  }

  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const result: Record<string, Row[]> = {}
  for (const [market, queries] of groups) {
    const rows: Row[] = []
    for (const [query, { users, searches }] of queries) {
      if (users.size >= minUsers) rows.push([query, searches, users.size])
    }
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || byCodePoint(a[0], b[0]))
    result[market] = rows.slice(0, k)
  }
  return result
}
