// Mutant: counts distinct users inside each shard and adds the per-shard counts, so a person in several files counts several times
type Row = [query: string, searches: number, users: number]

export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, Row[]> {
  const totals = new Map<string, Map<string, { users: number; searches: number }>>()
  for (const shard of shards) {
    const local = new Map<string, Map<string, Set<string>>>()
    for (const [user, market, query] of shard) {
      let queries = totals.get(market)
      if (!queries) totals.set(market, (queries = new Map()))
      let total = queries.get(query)
      if (!total) queries.set(query, (total = { users: 0, searches: 0 }))
      total.searches++
      let lq = local.get(market)
      if (!lq) local.set(market, (lq = new Map()))
      let people = lq.get(query)
      if (!people) lq.set(query, (people = new Set()))
      people.add(user)
    }
    for (const [market, lq] of local)
      for (const [query, people] of lq) totals.get(market)!.get(query)!.users += people.size
  }

  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const result: Record<string, Row[]> = {}
  for (const [market, queries] of totals) {
    const rows: Row[] = []
    for (const [query, { users, searches }] of queries)
      if (users >= minUsers) rows.push([query, searches, users])
    if (rows.length === 0) continue
    rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || cmp(a[0], b[0]))
    result[market] = rows.slice(0, k)
  }
  return result
}
