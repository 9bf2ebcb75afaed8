const WHITESPACE = new Set([' ', '\t', '\n', '\r'])

export function wordpieceEncode(
  vocab: string[],
  text: string,
  unkToken: string,
  maxWordLen: number,
): number[] {
  const ids = new Map<string, number>()
  let longest = 0
  vocab.forEach((piece, i) => {
    // The first occurrence of a duplicated string keeps its id.
    if (!ids.has(piece)) ids.set(piece, i)
    longest = Math.max(longest, piece.length)
  })
  const unkId = ids.get(unkToken) ?? -1
  const out: number[] = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && WHITESPACE.has(text[i])) i++
    let j = i
    while (j < text.length && !WHITESPACE.has(text[j])) j++
    if (j === i) break
    const word = text.slice(i, j)
    i = j
    if (word.length > maxWordLen) {
      out.push(unkId)
      continue
    }
    const pieces: number[] = []
    let start = 0
    let failed = false
    while (start < word.length) {
      // No entry is longer than `longest`, so longer candidates cannot match.
      let end = Math.min(word.length, start + longest)
      let found: number | undefined
      while (end > start) {
        const sub = word.slice(start, end)
        found = ids.get(start === 0 ? sub : '##' + sub)
        if (found !== undefined) break
        end--
      }
      if (found === undefined) {
        failed = true
        break
      }
      pieces.push(found)
      start = end
    }
    // A word that cannot be covered is unknown as a whole, not just its remainder.
    if (failed) out.push(unkId)
    else out.push(...pieces)
  }
  return out
}
