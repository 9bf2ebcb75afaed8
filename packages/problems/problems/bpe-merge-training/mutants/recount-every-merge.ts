// Mutant: recounts every pair of the vocabulary and rewrites every word for each merge, O(merges * vocabulary)
export function trainBpe(
  corpus: string[],
  numMerges: number,
): { merges: [string, string][]; tokens: string[][] } {
  const freq = new Map<string, number>()
  for (const line of corpus) {
    for (const word of line.split(' ')) if (word !== '') freq.set(word, (freq.get(word) ?? 0) + 1)
  }
  const pieces = new Map([...freq.keys()].map((word) => [word, [...word]]))
  const merges: [string, string][] = []
  while (merges.length < numMerges) {
    const count = new Map<string, number>()
    for (const [word, symbols] of pieces) {
      for (let j = 0; j + 1 < symbols.length; j++) {
        const key = `${symbols[j]} ${symbols[j + 1]}`
        count.set(key, (count.get(key) ?? 0) + freq.get(word)!)
      }
    }
    let best: [number, string, string] | null = null
    for (const [key, c] of count) {
      const [l, r] = key.split(' ') as [string, string]
      if (
        best === null ||
        c > best[0] ||
        (c === best[0] && (l < best[1] || (l === best[1] && r < best[2])))
      )
        best = [c, l, r]
    }
    if (best === null || best[0] < 2) break
    const [, left, right] = best
    merges.push([left, right])
    for (const [word, symbols] of pieces) {
      const out: string[] = []
      for (let i = 0; i < symbols.length; i++) {
        if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) {
          out.push(left + right)
          i++
        } else out.push(symbols[i]!)
      }
      pieces.set(word, out)
    }
  }
  const tokens = corpus.map((line) =>
    line.split(' ').flatMap((word) => (word === '' ? [] : pieces.get(word)!)),
  )
  return { merges, tokens }
}
