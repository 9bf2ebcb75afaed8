// Whether pasted text came from the assistant: it occurs in one of the replies, ignoring
// whitespace. Very short pastes match almost any reply, so they never count as from it.
const MIN_CHARS = 12

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

export function occursInReplies(pasted: string, replies: string[]): boolean {
  const needle = squash(pasted)
  if (needle.length < MIN_CHARS) return false
  return replies.some((reply) => squash(reply).includes(needle))
}

export function countLines(text: string): number {
  return text === '' ? 0 : text.split(/\r\n|\r|\n/).length
}
