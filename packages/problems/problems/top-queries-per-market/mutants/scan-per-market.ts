// Mutant: rescans every record once per market, O(markets * records)
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
  const markets = new Set<string>()
  for (const shard of shards) for (const record of shard) markets.add(record[1])
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const result: Record<string, Row[]> = {}
  for (const market of markets) {
    const groups = new Map<string, { users: Set<string>; searches: number }>()
    for (const shard of shards) {
      for (const [user, m, query] of shard) {
        if (m !== market) continue
        let group = groups.get(query)
        if (!group) groups.set(query, (group = { users: new Set(), searches: 0 }))
        group.searches++
        group.users.add(user)
      }
    }
    const rows: Row[] = []
    for (const [query, { users, searches }] of groups)
      if (users.size >= minUsers) rows.push([query, searches, users.size])
    if (rows.length === 0) continue
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]))
    result[market] = rows.slice(0, k)
  }
  return result
}
