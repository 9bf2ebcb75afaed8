export function topQueriesPerMarket(
  shards: [string, string, string][][],
  k: number,
  minUsers: number,
): Record<string, [string, number, number][]> {
  // For each market, the top k [query, searches, users] rows that clear the privacy floor.
  throw new Error('not implemented')
}
