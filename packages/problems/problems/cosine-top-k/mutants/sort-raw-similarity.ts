// Mutant: sorts by the raw similarity and rounds only for the output
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

function norm(v: number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0))
}

export function cosineTopK(query: number[], docs: number[][], k: number): Array<[number, number]> {
  const qNorm = norm(query)
  const scored = docs.map((doc, idx): [number, number] => {
    const dNorm = norm(doc)
    if (qNorm === 0 || dNorm === 0) return [idx, 0] // cosine is undefined for a zero vector; we define it as 0
    const dot = doc.reduce((s, x, i) => s + x * (query[i] ?? 0), 0)
    return [idx, dot / (qNorm * dNorm)]
  })
  // Highest similarity first, smaller index first on ties.
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return scored.slice(0, Math.max(k, 0)).map(([i, s]): [number, number] => [i, round6(s)])
}
