export function runAuctions(campaigns: [number, number][], reserves: number[]): number[] {
  // campaigns[j] = [bid, budget]; reserves[i] = the reserve price of auction i.
  // Return the total spend of every campaign.
  throw new Error('not implemented')
}
