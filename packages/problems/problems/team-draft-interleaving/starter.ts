export function teamDraftInterleave(
  rankingA: number[],
  rankingB: number[],
  k: number,
  coins: boolean[],
  clicks: number[],
): { shown: number[]; teams: string; credit_a: number; credit_b: number; winner: string } {
  // Return { shown, teams, credit_a, credit_b, winner }.
  throw new Error('not implemented')
}
