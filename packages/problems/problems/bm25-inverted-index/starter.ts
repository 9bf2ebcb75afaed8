export function bm25TopK(
  docs: string[][],
  query: string[],
  k: number,
  k1: number,
  b: number,
): Array<[number, number]> {
  // Return the k best [doc index, rounded BM25 score] pairs for the query.
  throw new Error('not implemented')
}
