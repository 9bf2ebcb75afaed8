// Mutant: scans every campaign for every auction, O(n * m); right answers, too slow for 100000 auctions and 60000 campaigns
export function runAuctions(campaigns: [number, number][], reserves: number[]): number[] {
  const n = reserves.length
  const spend = new Array<number>(campaigns.length).fill(0)
  reserves.forEach((reserve, i) => {
    let best = -1
    let second = 0
    campaigns.forEach(([bid, budget], j) => {
      if (budget - spend[j] < bid || spend[j] * n > budget * i || bid < reserve) return
      if (best < 0 || bid > campaigns[best][0]) {
        if (best >= 0) second = campaigns[best][0]
        best = j
      } else if (bid > second) second = bid
    })
    if (best >= 0) spend[best] += Math.max(reserve, second)
  })
  return spend
}
