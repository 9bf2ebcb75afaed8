export function paceCampaigns(
  campaigns: [number, number][],
  requests: [number, number, number][],
): number[] {
  // campaigns[j] = [budget, multiplier]; requests[i] = [t, value, price].
  // Return, per request, the index of the campaign that takes it, or -1.
  throw new Error('not implemented')
}
