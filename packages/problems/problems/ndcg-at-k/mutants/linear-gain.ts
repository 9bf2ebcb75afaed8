// Mutant: uses the label itself as the gain instead of 2^rel - 1
function dcg(labels: number[], k: number): number {
  return labels.slice(0, k).reduce((sum, rel, i) => sum + rel / Math.log2(i + 2), 0)
}

export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = dcg(
    [...relevances].sort((a, b) => b - a),
    k,
  )
  return ideal > 0 ? dcg(relevances, k) / ideal : 0
}
