const SECONDS_PER_HOUR = 3600
const HOURS = 24

export function paceCampaigns(
  campaigns: [budget: number, multiplier: number][],
  requests: [t: number, value: number, price: number][],
): number[] {
  const m = campaigns.length
  // Every campaign bids multiplier * value, so the bid order is the same for every request:
  // highest multiplier first, then lowest index.
  const order = campaigns
    .map((_, j) => j)
    .sort((a, b) => campaigns[b][1] - campaigns[a][1] || a - b)
  const budgets = order.map((j) => campaigns[j][0])
  const multipliers = order.map((j) => campaigns[j][1])
  const spent = new Array<number>(m).fill(0)
  let size = 1
  while (size < m) size *= 2
  // A max-tree over positions in bid order: each leaf holds what that campaign may still spend
  // this hour, each inner node the largest of its leaves. Padding leaves hold -1.
  const room = new Array<number>(2 * size).fill(-1)
  let hour = -1
  const winners: number[] = []
  for (const [t, value, price] of requests) {
    if (Math.floor(t / SECONDS_PER_HOUR) !== hour) {
      hour = Math.floor(t / SECONDS_PER_HOUR)
      for (let p = 0; p < m; p++) {
        room[size + p] = Math.floor((budgets[p] * (hour + 1)) / HOURS) - spent[p]
      }
      for (let node = size - 1; node >= 1; node--) {
        room[node] = Math.max(room[2 * node], room[2 * node + 1])
      }
    }
    if (room[1] < price) {
      winners.push(-1)
      continue
    }
    let node = 1
    while (node < size) node = room[2 * node] >= price ? 2 * node : 2 * node + 1
    const position = node - size
    // Campaigns further right have enough room too, but none of them bids more.
    if (multipliers[position] * value < price) {
      winners.push(-1)
      continue
    }
    spent[position] += price
    room[node] -= price
    for (node >>= 1; node >= 1; node >>= 1) {
      room[node] = Math.max(room[2 * node], room[2 * node + 1])
    }
    winners.push(order[position])
  }
  return winners
}
