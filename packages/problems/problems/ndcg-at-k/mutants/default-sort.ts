// Mutant: sorts the ideal list with the default sort(), which compares the labels as strings
// Equivalent: labels are the integers 0 to 3, one digit each, so their string order is their numeric order
function dcg(labels: number[], k: number): number {
  return labels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0)
}

export function ndcgAtK(relevances: number[], k: number): number {
  const ideal = dcg([...relevances].sort().reverse(), k)
  return ideal > 0 ? dcg(relevances, k) / ideal : 0
}
