// Splits a reply into small word groups, so an offline reply streams like a model's would.
export function chunkText(text: string, wordsPerChunk = 3): string[] {
  const words = text.match(/\s*\S+/g) ?? []
  const chunks: string[] = []
  for (let i = 0; i < words.length; i += wordsPerChunk) {
    chunks.push(words.slice(i, i + wordsPerChunk).join(''))
  }
  const trailing = /\s+$/.exec(text)?.[0]
  if (trailing && chunks.length > 0) chunks[chunks.length - 1] += trailing
  return chunks
}
