// Mutant: keeps each pair's users in an array and checks includes() before pushing, O(u^2) for a query u people searched
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
  const groups = new Map<string, Map<string, { users: string[]; searches: number }>>()
  for (const shard of shards) {
    for (const [user, market, query] of shard) {
      let queries = groups.get(market)
      if (!queries) groups.set(market, (queries = new Map()))
      let group = queries.get(query)
      if (!group) queries.set(query, (group = { users: [], searches: 0 }))
      group.searches++
      if (!group.users.includes(user)) group.users.push(user)
    }
  }

  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const result: Record<string, Row[]> = {}
  for (const [market, queries] of groups) {
    const rows: Row[] = []
    for (const [query, { users, searches }] of queries)
      if (users.length >= minUsers) rows.push([query, searches, users.length])
    if (rows.length === 0) continue
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]))
    result[market] = rows.slice(0, k)
  }
  return result
}
