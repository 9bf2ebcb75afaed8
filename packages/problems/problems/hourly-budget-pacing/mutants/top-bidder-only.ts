// Mutant: offers each request only to the highest bidder, and leaves it unsold when that campaign has no room
export function paceCampaigns(
  campaigns: [number, number][],
  requests: [number, number, number][],
): number[] {
  let top = -1
  campaigns.forEach(([, multiplier], j) => {
    if (top < 0 || multiplier > campaigns[top][1]) top = j
  })
  let spent = 0
  return requests.map(([t, value, price]) => {
    if (top < 0) return -1
    const [budget, multiplier] = campaigns[top]
    const cap = Math.floor((budget * (Math.floor(t / 3600) + 1)) / 24)
    if (multiplier * value < price || spent + price > cap) return -1
    spent += price
    return top
  })
}
