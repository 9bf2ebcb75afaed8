// Assistant streams behind a load balancer: heartbeats, no proxy buffering, and a clean stop at shutdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AssistantProvider } from '../../src/assistant/index.ts'
import { listTurns, reserveTurn } from '../../src/assistant-turns/repository.ts'
import { openStreamsFor } from '../../src/http/open-streams.ts'
import { DIALECTS } from '../helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from '../helpers/test-app.ts'

/** Says its first sentence, then thinks until the caller aborts (or a minute passes). */
const slowProvider: AssistantProvider = {
  name: 'offline',
  model: 'slow-coach',
  async *stream(_input, signal) {
    yield { type: 'text', text: 'First, look at the ranking cut-off. ' }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 60_000)
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
    })
    if (signal.aborted) return
    yield { type: 'text', text: 'Then…' }
  },
}

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp) {
  let text = ''
  const decoder = new TextDecoder()
  while (!pattern.test(text)) {
    const chunk = await reader.read()
    if (chunk.done) break
    text += decoder.decode(chunk.value)
  }
  return text
}

describe.each(DIALECTS)('assistant streams on $name', (dialect) => {
  let t: TestApp
  let cookie: string
  beforeAll(async () => {
    t = await createTestApp(dialect, { sseHeartbeatMs: 100, services: { assistant: slowProvider } })
    cookie = (await signUp(t, 'stream@example.com')).cookie
  })
  afterAll(async () => t.close())

  it('asks proxies not to buffer and sends comment pings while the reply is quiet', async () => {
    const { id } = await startSession(t, cookie)
    const res = await t.app.request(
      `/api/sessions/${id}/assistant`,
      jsonRequest('POST', { message: 'Where do I start?' }, cookie),
    )
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const reader = res.body!.getReader()
    const text = await readUntil(reader, /: ping\n\n[\s\S]*: ping\n\n/)
    expect(text).toContain('event: delta')
    expect(text.match(/^: ping$/gm)?.length).toBeGreaterThanOrEqual(2)
    await reader.cancel()
  })

  it('stops open streams through the registry at shutdown and records the reply as cut off', async () => {
    const { id } = await startSession(t, cookie)
    const res = await t.app.request(
      `/api/sessions/${id}/assistant`,
      jsonRequest('POST', { message: 'Explain NDCG to me.' }, cookie),
    )
    const reader = res.body!.getReader()
    await readUntil(reader, /event: delta/)
    // While it streams, the turn already has its reply reserved: a killed server leaves it incomplete.
    const during = await listTurns(t.deps.db, id)
    expect(during.map((turn) => [turn.role, turn.incomplete ?? false])).toEqual([
      ['user', false],
      ['assistant', true],
    ])
    expect(openStreamsFor(t.deps).size).toBe(1)
    openStreamsFor(t.deps).stopAll()
    const rest = await readUntil(reader, /event: done[^\n]*\ndata: [^\n]*\n\n/)
    expect(rest).toMatch(/event: error\ndata: \{"code":"server_restarting"/)
    expect(rest).toMatch(/event: done\ndata: \{"complete":false/)
    // The reply is filled in as the stream's last step, just after `done` went out.
    let turns = await listTurns(t.deps.db, id)
    for (let i = 0; i < 100 && !turns[1]?.text; i++) {
      await new Promise((r) => setTimeout(r, 50))
      turns = await listTurns(t.deps.db, id)
    }
    expect(turns).toHaveLength(2)
    expect(turns[1]).toMatchObject({
      role: 'assistant',
      text: 'First, look at the ranking cut-off. ',
      incomplete: true,
    })
    expect(openStreamsFor(t.deps).size).toBe(0)
  })

  it('reserves each turn with its reply even when many are sent at once', async () => {
    const { id } = await startSession(t, cookie)
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => reserveTurn(t.deps.db, id, `question ${i}`)),
    )
    const turns = await listTurns(t.deps.db, id)
    expect(turns).toHaveLength(16)
    // Each user turn is directly followed by its reply.
    for (let i = 0; i < turns.length; i += 2) {
      expect([turns[i]?.role, turns[i + 1]?.role]).toEqual(['user', 'assistant'])
      expect(turns[i + 1]?.seq).toBe((turns[i]?.seq ?? 0) + 1)
    }
  })
})
