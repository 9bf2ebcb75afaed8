// Mutant: discounts position i (from 0) by log2(i + 1), which is 0 at the top
function dcg(labels: number[], k: number): number {
  return labels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 1), 0)
}

export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = dcg(
    [...relevances].sort((a, b) => b - a),
    k,
  )
  return ideal > 0 ? dcg(relevances, k) / ideal : 0
}
