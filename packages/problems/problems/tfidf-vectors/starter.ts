export function tfidfVectors(docs: string[]): Array<Array<[string, number]>> {
  // Return, per document, its L2-normalised TF-IDF weights as [term, weight] pairs sorted by term.
  throw new Error('not implemented')
}
