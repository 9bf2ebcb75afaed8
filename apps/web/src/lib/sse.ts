// Reads a text/event-stream body (a POST, so EventSource cannot) into named events.
export interface SseEvent {
  event: string
  data: string
}

/** Yields each event as it completes; a partial event at the end of the stream is dropped. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      // Events end with a blank line; lines end with \n, \r\n or \r.
      let boundary = findBoundary(buffer)
      while (boundary) {
        const block = buffer.slice(0, boundary.at)
        buffer = buffer.slice(boundary.at + boundary.length)
        const event = parseBlock(block)
        if (event) yield event
        boundary = findBoundary(buffer)
      }
    }
  } finally {
    reader.releaseLock()
  }
}

function findBoundary(buffer: string): { at: number; length: number } | null {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(buffer)
  return match ? { at: match.index, length: match[0].length } : null
}

function parseBlock(block: string): SseEvent | null {
  let event = 'message'
  const data: string[] = []
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null
}
