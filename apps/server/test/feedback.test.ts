// The candidate's inbox and the score's override: mentors' comments and overrides reach the
// candidate whose session it is (and nobody else), unread until seen.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { createRunnerService } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

const hasSandbox = fs.existsSync('/usr/bin/bwrap')

const EXPLANATION = `I compute DCG by summing (2^rel - 1) / log2(position + 1) over the first k items,
then divide by the DCG of the same labels sorted in descending order. If the ideal DCG is zero I
return 0. Sorting costs O(n log n) time and O(n) space.`

interface Item {
  id: string
  kind: string
  sessionId: string
  body: string
  total?: number
  automaticTotal?: number
  read: boolean
  author: { name: string }
}

describe.each(DIALECTS)('feedback inbox on $name', (dialect) => {
  let t: TestApp
  let mentor: { cookie: string; id: string }
  let candidate: { cookie: string; id: string }
  let other: { cookie: string; id: string }
  let sessionId: string
  let automatic: number

  const req = (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))

  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: hasSandbox ? 'sandbox' : 'local', allowLocalRunnerMultiUser: true }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    await userWithRole(t, 'admin@example.com', 'admin')
    mentor = await userWithRole(t, 'mona@example.com', 'mentor', 'Mona')
    candidate = await userWithRole(t, 'cara@example.com', 'candidate', 'Cara')
    other = await userWithRole(t, 'carl@example.com', 'candidate', 'Carl')
    const started = await req('POST', '/api/sessions', candidate.cookie, {
      problemSlug: 'ndcg-at-k',
      language: 'python',
    })
    sessionId = ((await started.json()) as { session: { id: string } }).session.id
    await req('PUT', `/api/sessions/${sessionId}/explanation`, candidate.cookie, {
      text: EXPLANATION,
    })
    const scored = await req('POST', `/api/sessions/${sessionId}/score`, candidate.cookie)
    expect(scored.status).toBe(200)
    automatic = ((await scored.json()) as { score: { total: number } }).score.total
    // The candidate shares the session with the mentor, who accepts.
    const share = await req('POST', `/api/sessions/${sessionId}/share`, candidate.cookie)
    const { token } = (await share.json()) as { token: string }
    expect((await req('POST', `/api/shares/${token}/accept`, mentor.cookie)).status).toBe(200)
  })
  afterAll(async () => t.close())

  it('starts empty, then lists the override and the comment, unread, to the candidate only', async () => {
    expect(await (await req('GET', '/api/feedback', candidate.cookie)).json()).toEqual({
      items: [],
      unread: 0,
    })
    const total = Math.min(100, Math.round(automatic) + 3)
    const override = await req('POST', `/api/sessions/${sessionId}/override`, mentor.cookie, {
      total,
      reason: 'The edge cases are argued well; the automatic score missed it.',
    })
    expect(override.status).toBe(200)
    const comment = await req('POST', `/api/sessions/${sessionId}/comments`, mentor.cookie, {
      body: 'Nice handling of k larger than the list.',
    })
    expect(comment.status).toBe(201)

    const res = await req('GET', '/api/feedback', candidate.cookie)
    expect(res.status).toBe(200)
    const inbox = (await res.json()) as { items: Item[]; unread: number }
    expect(inbox.unread).toBe(2)
    expect(inbox.items.map((i) => i.kind).sort()).toEqual(['comment', 'override'])
    const o = inbox.items.find((i) => i.kind === 'override')
    expect(o).toMatchObject({
      sessionId,
      total,
      automaticTotal: automatic,
      body: expect.stringContaining('edge cases'),
      author: { name: 'Mona' },
      read: false,
    })
    expect(await (await req('GET', '/api/feedback/unread', candidate.cookie)).json()).toEqual({
      unread: 2,
    })

    // The score carries the override of its report beside the automatic total.
    const score = (await (
      await req('GET', `/api/sessions/${sessionId}/score`, candidate.cookie)
    ).json()) as { score: { total: number }; override: { total: number; reason: string } | null }
    expect(score.score.total).toBe(automatic)
    expect(score.override).toMatchObject({ total, mentor: { name: 'Mona' } })

    // Nobody else sees it: another candidate's inbox is empty, the mentor's own too.
    expect(await (await req('GET', '/api/feedback', other.cookie)).json()).toEqual({
      items: [],
      unread: 0,
    })
    expect(await (await req('GET', '/api/feedback', mentor.cookie)).json()).toEqual({
      items: [],
      unread: 0,
    })
    expect((await req('GET', '/api/feedback')).status).toBe(401)
  })

  it('marks read only what is the caller’s own, by id or by session', async () => {
    const inbox = (await (await req('GET', '/api/feedback', candidate.cookie)).json()) as {
      items: Item[]
    }
    const [first, second] = inbox.items
    // Someone else marking the candidate's items changes nothing.
    const foreign = await req('POST', '/api/feedback/read', other.cookie, { ids: [first?.id] })
    expect(await foreign.json()).toEqual({ marked: 0, unread: 0 })
    const byId = await req('POST', '/api/feedback/read', candidate.cookie, { ids: [first?.id] })
    expect(await byId.json()).toEqual({ marked: 1, unread: 1 })
    const again = await req('POST', '/api/feedback/read', candidate.cookie, { ids: [first?.id] })
    expect(await again.json()).toEqual({ marked: 0, unread: 1 })
    const bySession = await req('POST', '/api/feedback/read', candidate.cookie, { sessionId })
    expect(await bySession.json()).toEqual({ marked: 1, unread: 0 })
    const after = (await (await req('GET', '/api/feedback', candidate.cookie)).json()) as {
      items: Item[]
    }
    expect(after.items.every((i) => i.read)).toBe(true)
    expect(after.items.find((i) => i.id === second?.id)?.read).toBe(true)
  })

  it('refuses bad bodies in the one error shape', async () => {
    for (const body of [{}, { ids: 'x' }, { ids: [1] }, { sessionId: '' }, { extra: true }]) {
      const res = await req('POST', '/api/feedback/read', candidate.cookie, body)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: expect.any(String) } })
    }
    const malformed = await t.app.request('/api/feedback/read', {
      ...jsonRequest('POST', {}, candidate.cookie),
      body: '{"ids": [',
    })
    expect(malformed.status).toBe(400)
  })
})
