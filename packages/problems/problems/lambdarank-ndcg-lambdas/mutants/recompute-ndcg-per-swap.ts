// Mutant: swaps each pair in the ranking and recomputes NDCG@k from scratch, O(n^2 * k); right answers, too slow for the 3000-document query
export function lambdarankLambdas(
  scores: number[],
  labels: number[],
  k: number,
  sigma: number,
): number[] {
  const n = scores.length
  const order = scores.map((_, d) => d).sort((a, b) => scores[b] - scores[a] || a - b)
  const position = new Array<number>(n)
  order.forEach((doc, rank) => {
    position[doc] = rank
  })
  const gains = labels.map((label) => 2 ** label - 1)
  const dcg = (ranking: number[]) =>
    ranking.slice(0, k).reduce((total, doc, rank) => total + gains[doc] / Math.log2(rank + 2), 0)
  const idcg = dcg(order.slice().sort((a, b) => gains[b] - gains[a]))
  const lambdas = new Array<number>(n).fill(0)
  if (idcg === 0) return lambdas
  const base = dcg(order) / idcg
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (labels[i] <= labels[j]) continue
      const swapped = order.slice()
      swapped[position[i]] = j
      swapped[position[j]] = i
      const delta = Math.abs(dcg(swapped) / idcg - base)
      const weight = (sigma * delta) / (1 + Math.exp(sigma * (scores[i] - scores[j])))
      lambdas[i] += weight
      lambdas[j] -= weight
    }
  }
  return lambdas
}
