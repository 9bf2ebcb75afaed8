// Mutant: keeps each market's top k by the ranking first and only then drops the queries under the floor
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
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

  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const result: Record<string, Row[]> = {}
  for (const [market, queries] of groups) {
    const rows: Row[] = []
    for (const [query, { users, searches }] of queries) rows.push([query, searches, users.size])
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]))
    const kept = rows.slice(0, k).filter((r) => r[2] >= minUsers)
    if (kept.length > 0) result[market] = kept
  }
  return result
}
