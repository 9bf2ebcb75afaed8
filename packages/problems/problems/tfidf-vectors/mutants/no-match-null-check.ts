// Mutant: assumes match() finds a token, and it returns null for a document without one
export function tfidfVectors(docs: string[]): Array<Array<[string, number]>> {
  const counts = docs.map((doc) => {
    const c = new Map<string, number>()
    for (const tok of doc.match(/[A-Za-z0-9]+/g)!) {
      const term = tok.toLowerCase()
      c.set(term, (c.get(term) ?? 0) + 1)
    }
    return c
  })
  const n = docs.length
  const df = new Map<string, number>()
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1)

  return counts.map((c) => {
    const weights = [...c].map(([term, tf]): [string, number] => [
      term,
      tf * (Math.log((1 + n) / (1 + df.get(term)!)) + 1),
    ])
    const norm = Math.sqrt(weights.reduce((s, [, w]) => s + w * w, 0))
    return weights
      .map(([term, w]): [string, number] => [term, w / norm])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  })
}
