export function mrrAndRecallAtK(
  rankings: string[][],
  relevant: string[][],
  k: number,
): { mrr: number; recall_at_k: number } {
  // Return { mrr: MRR@k, recall_at_k: Recall@k }, averaged over queries that have relevant items.
  throw new Error('not implemented')
}
