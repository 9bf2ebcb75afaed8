export function lambdarankLambdas(
  scores: number[],
  labels: number[],
  k: number,
  sigma: number,
): number[] {
  // scores[d], labels[d]: the model's score and the graded label of document d.
  // Return one lambda per document, in input order.
  throw new Error('not implemented')
}
