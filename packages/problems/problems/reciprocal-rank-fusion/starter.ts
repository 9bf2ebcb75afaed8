export function reciprocalRankFusion(rankings: string[][], c: number, m: number): string[] {
  // rankings[j] is one retriever's ids, best first (rank 1). Score each id by the sum of
  // 1 / (c + rank) over the lists it appears in, and return the m best ids.
  throw new Error('not implemented')
}
