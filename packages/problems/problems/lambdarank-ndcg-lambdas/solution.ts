export function lambdarankLambdas(
  scores: number[],
  labels: number[],
  k: number,
  sigma: number,
): number[] {
  const n = scores.length
  // Current ranking: higher score first, equal scores by lower index (the sort is stable).
  const order = scores.map((_, d) => d).sort((a, b) => scores[b] - scores[a] || a - b)
  // Each document's NDCG discount at its current position; zero past the cutoff.
  const discount = new Array<number>(n).fill(0)
  order.slice(0, k).forEach((doc, rank) => {
    discount[doc] = 1 / Math.log2(rank + 2)
  })
  const gains = labels.map((label) => 2 ** label - 1)
  const idcg = [...gains]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((total, gain, rank) => total + gain / Math.log2(rank + 2), 0)
  const lambdas = new Array<number>(n).fill(0)
  if (idcg === 0) return lambdas // every label is 0: no pair has different labels
  // Swapping two documents changes only their two terms of DCG@k, so
  // |delta NDCG| = |gain_i - gain_j| * |discount_i - discount_j| / IDCG, O(1) per pair.
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (labels[a] === labels[b]) continue
      const [hi, lo] = labels[a] > labels[b] ? [a, b] : [b, a]
      const delta = ((gains[hi] - gains[lo]) * Math.abs(discount[hi] - discount[lo])) / idcg
      const weight = (sigma * delta) / (1 + Math.exp(sigma * (scores[hi] - scores[lo])))
      lambdas[hi] += weight
      lambdas[lo] -= weight
    }
  }
  return lambdas
}
