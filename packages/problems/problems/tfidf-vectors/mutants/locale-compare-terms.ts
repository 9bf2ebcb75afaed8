// Mutant: sorts terms with localeCompare instead of code-point order
// Equivalent: terms are lowercase ASCII letters and digits, and for those the sandbox's collation (en-US, since no locale is set) agrees with code points: digits before letters, letters alphabetically, a prefix first
export function tfidfVectors(docs: string[]): Array<Array<[string, number]>> {
  const counts = docs.map((doc) => {
    const c = new Map<string, number>()
    for (const tok of doc.match(/[A-Za-z0-9]+/g) ?? []) {
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
      .sort((a, b) => a[0].localeCompare(b[0]))
  })
}
