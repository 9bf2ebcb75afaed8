// The stream reader skips the server's heartbeat comments, wherever the chunks happen to split them.
import { describe, expect, it } from 'vitest'
import { readSse } from '../../src/lib/sse.ts'

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

async function collect(chunks: string[]) {
  const events = []
  for await (const event of readSse(streamOf(chunks))) events.push(event)
  return events
}

describe('readSse', () => {
  it('passes over `: ping` heartbeats between and around events', async () => {
    const wire =
      ': ping\n\nevent: delta\ndata: {"text":"Hi"}\n\n: ping\n\n: ping\n\nevent: done\ndata: {"complete":true}\n\n'
    const expected = [
      { event: 'delta', data: '{"text":"Hi"}' },
      { event: 'done', data: '{"complete":true}' },
    ]
    expect(await collect([wire])).toEqual(expected)
    // Split at every position: a heartbeat cut in two is still no event.
    for (let at = 1; at < wire.length; at++) {
      expect(await collect([wire.slice(0, at), wire.slice(at)])).toEqual(expected)
    }
  })
})
