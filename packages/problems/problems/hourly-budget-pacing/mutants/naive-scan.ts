// Mutant: scans the campaigns in bid order for every request, O(n * m); right answers, too slow for the day with 100000 campaigns
export function paceCampaigns(
  campaigns: [number, number][],
  requests: [number, number, number][],
): number[] {
  const order = campaigns
    .map((_, j) => j)
    .sort((a, b) => campaigns[b][1] - campaigns[a][1] || a - b)
  const spent = new Array<number>(campaigns.length).fill(0)
  return requests.map(([t, value, price]) => {
    const hour = Math.floor(t / 3600)
    for (const j of order) {
      const [budget, multiplier] = campaigns[j]
      if (multiplier * value < price) return -1 // everyone further down bids even less
      if (spent[j] + price <= Math.floor((budget * (hour + 1)) / 24)) {
        spent[j] += price
        return j
      }
    }
    return -1
  })
}
