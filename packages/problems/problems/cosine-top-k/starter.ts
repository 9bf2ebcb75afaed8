export function cosineTopK(query: number[], docs: number[][], k: number): Array<[number, number]> {
  // Return the k [doc index, rounded cosine similarity] pairs most similar to the query.
  throw new Error('not implemented')
}
