// Mutant: finds each piece by looping over the whole vocabulary at every position, O(N * V) instead of hashed lookups
export function wordpieceEncode(
  vocab: string[],
  text: string,
  unkToken: string,
  maxWordLen: number,
): number[] {
  const unkId = vocab.indexOf(unkToken)
  const out: number[] = []
  for (const word of text.split(/[ \t\n\r]+/)) {
    if (word === '') continue
    if (word.length > maxWordLen) {
      out.push(unkId)
      continue
    }
    let pieces: number[] = []
    let start = 0
    while (start < word.length) {
      let best = -1
      let bestLen = 0
      for (let i = 0; i < vocab.length; i++) {
        const entry = vocab[i]
        let body: string
        if (start === 0) body = entry
        else if (entry.startsWith('##') && entry.length > 2) body = entry.slice(2)
        else continue
        if (body.length > bestLen && word.startsWith(body, start)) {
          best = i
          bestLen = body.length
        }
      }
      if (best < 0) {
        pieces = [unkId]
        break
      }
      pieces.push(best)
      start += bestLen
    }
    out.push(...pieces)
  }
  return out
}
