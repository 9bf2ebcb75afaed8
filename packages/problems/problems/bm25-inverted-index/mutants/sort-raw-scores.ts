// Mutant: sorts by the raw score and rounds only for the output, so rounding no longer decides ties
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

export function bm25TopK(
  docs: string[][],
  query: string[],
  k: number,
  k1: number,
  b: number,
): Array<[number, number]> {
  const nDocs = docs.length
  if (nDocs === 0 || k <= 0) return []
  // Inverted index: term -> postings list of [doc index, term frequency].
  const index = new Map<string, Array<[number, number]>>()
  docs.forEach((tokens, d) => {
    const tf = new Map<string, number>()
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1)
    for (const [term, count] of tf) {
      const postings = index.get(term)
      if (postings) postings.push([d, count])
      else index.set(term, [[d, count]])
    }
  })
  const avgdl = docs.reduce((s, tokens) => s + tokens.length, 0) / nDocs

  const scores = new Map<number, number>()
  for (const term of new Set(query)) {
    // each distinct query term counts once
    const postings = index.get(term)
    if (!postings) continue
    const df = postings.length
    const idf = Math.log(1 + (nDocs - df + 0.5) / (df + 0.5))
    for (const [d, tf] of postings) {
      const lengthNorm = k1 * (1 - b + (b * docs[d]!.length) / avgdl)
      scores.set(d, (scores.get(d) ?? 0) + (idf * tf * (k1 + 1)) / (tf + lengthNorm))
    }
  }

  return [...scores]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, k)
    .map(([d, s]): [number, number] => [d, round6(s)])
}
