// Mutant: sorts the ideal list from least to most relevant
function dcg(labels: number[], k: number): number {
  return labels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0)
}

export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = dcg(
    [...relevances].sort((a, b) => a - b),
    k,
  )
  return ideal > 0 ? dcg(relevances, k) / ideal : 0
}
