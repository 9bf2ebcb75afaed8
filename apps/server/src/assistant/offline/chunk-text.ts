// Splits a reply into small word groups, so an offline reply streams like a model's would.

const isSpace = (ch: string) => ch === ' ' || ch === '\n' || ch === '\t' || /\s/.test(ch)

/**
 * Each word keeps the whitespace before it; trailing whitespace joins the last group. A scan
 * rather than /\s*\S+/g, which costs quadratic time on a long run of whitespace.
 */
export function chunkText(text: string, wordsPerChunk = 3): string[] {
  const words: string[] = []
  let start = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text[i] ?? '')
    if (!space) inWord = true
    else if (inWord) {
      words.push(text.slice(start, i))
      start = i
      inWord = false
    }
  }
  const rest = text.slice(start)
  if (inWord) words.push(rest)
  const chunks: string[] = []
  for (let i = 0; i < words.length; i += wordsPerChunk) {
    chunks.push(words.slice(i, i + wordsPerChunk).join(''))
  }
  if (!inWord && rest && chunks.length > 0) chunks[chunks.length - 1] += rest
  return chunks
}
