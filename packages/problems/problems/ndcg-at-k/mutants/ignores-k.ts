// Mutant: sums the whole list instead of its first k positions
function dcg(labels: number[], k: number): number {
  return labels.reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0)
}

export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = dcg(
    [...relevances].sort((a, b) => b - a),
    k,
  )
  return ideal > 0 ? dcg(relevances, k) / ideal : 0
}
