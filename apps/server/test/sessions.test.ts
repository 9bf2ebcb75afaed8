// Practice sessions: start, autosave by rev, explanation drafts, transcripts, and access by owner only.
import { MAX_CODE_BYTES, MAX_EXPLANATION_CHARS } from '@pairwise/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, signUp, type TestApp } from './helpers/test-app.ts'

type Session = { id: string; code: string; rev: number; language: string; problemSlug: string }

describe.each(DIALECTS)('practice sessions on $name', (dialect) => {
  let t: TestApp
  let alice: string
  let bob: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    alice = (await signUp(t, 'alice@example.com', 'Alice')).cookie
    bob = (await signUp(t, 'bob@example.com', 'Bob')).cookie
  })
  afterAll(async () => t.close())

  const start = async (cookie: string, language = 'python') => {
    const res = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'ndcg-at-k', language }, cookie),
    )
    expect(res.status).toBe(201)
    return ((await res.json()) as { session: Session }).session
  }

  it('starts a session pinned to the problem with its starter code', async () => {
    const s = await start(alice, 'typescript')
    expect(s).toMatchObject({ problemSlug: 'ndcg-at-k', language: 'typescript', rev: 1 })
    expect(s.code).toContain('export function ndcgAtK')
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: Session }).session.code).toBe(s.code)
  })

  it('refuses an unknown problem or language', async () => {
    const unknown = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'nope', language: 'python' }, alice),
    )
    expect(unknown.status).toBe(404)
    const badLanguage = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'ndcg-at-k', language: 'cobol' }, alice),
    )
    expect(badLanguage.status).toBe(400)
  })

  it('saves newer revs, repeats idempotently, and answers 409 to a stale rev', async () => {
    const s = await start(alice)
    const put = (code: string, rev: number, cookie = alice) =>
      t.app.request(`/api/sessions/${s.id}/code`, jsonRequest('PUT', { code, rev }, cookie))
    expect((await put('v2', 2)).status).toBe(200)
    expect((await put('v2', 2)).status).toBe(200) // a retried write
    expect((await put('v5', 5)).status).toBe(200)
    const stale = await put('older tab', 3)
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({ error: { code: 'stale_rev', currentRev: 5 } })
    const sameRevOtherCode = await put('different', 5)
    expect(sameRevOtherCode.status).toBe(409)
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: Session }).session).toMatchObject({
      code: 'v5',
      rev: 5,
    })
  })

  it('refuses code over the size limit with 413 and keeps the saved code', async () => {
    const s = await start(alice)
    const big = 'x'.repeat(MAX_CODE_BYTES + 1)
    const res = await t.app.request(
      `/api/sessions/${s.id}/code`,
      jsonRequest('PUT', { code: big, rev: 2 }, alice),
    )
    expect(res.status).toBe(413)
    const huge = await t.app.request(
      `/api/sessions/${s.id}/code`,
      jsonRequest('PUT', { code: 'y'.repeat(3_000_000), rev: 2 }, alice),
    )
    expect(huge.status).toBe(413)
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: Session }).session).toMatchObject({
      code: s.code,
      rev: 1,
    })
  })

  it("answers 404 for another user's session, for every verb", async () => {
    const s = await start(alice)
    const attempts = [
      t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, bob)),
      t.app.request(
        `/api/sessions/${s.id}/code`,
        jsonRequest('PUT', { code: 'pwned', rev: 9 }, bob),
      ),
      t.app.request(
        `/api/sessions/${s.id}/explanation`,
        jsonRequest('PUT', { text: 'pwned' }, bob),
      ),
      t.app.request(`/api/sessions/${s.id}/transcript`, jsonRequest('GET', undefined, bob)),
      t.app.request(`/api/sessions/does-not-exist`, jsonRequest('GET', undefined, bob)),
    ]
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
    }
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: Session }).session.code).toBe(s.code)
  })

  it('lists only my own sessions', async () => {
    const mine = await t.app.request('/api/sessions', jsonRequest('GET', undefined, bob))
    expect(((await mine.json()) as { sessions: unknown[] }).sessions).toEqual([])
  })

  it('records the start in an ordered transcript', async () => {
    const s = await start(alice)
    const res = await t.app.request(
      `/api/sessions/${s.id}/transcript`,
      jsonRequest('GET', undefined, alice),
    )
    const { events } = (await res.json()) as { events: { seq: number; type: string }[] }
    expect(events[0]).toMatchObject({ seq: 1, type: 'session_started' })
  })

  it('refuses an explanation over the limit with 400 and keeps the saved one', async () => {
    const s = await start(alice)
    const ok = await t.app.request(
      `/api/sessions/${s.id}/explanation`,
      jsonRequest('PUT', { text: 'My first draft.' }, alice),
    )
    expect(ok.status).toBe(200)
    const tooLong = await t.app.request(
      `/api/sessions/${s.id}/explanation`,
      jsonRequest('PUT', { text: 'x'.repeat(MAX_EXPLANATION_CHARS + 1) }, alice),
    )
    expect(tooLong.status).toBe(400)
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: { explanation: string } }).session.explanation).toBe(
      'My first draft.',
    )
  })

  it('saves the explanation draft', async () => {
    const s = await start(alice)
    const res = await t.app.request(
      `/api/sessions/${s.id}/explanation`,
      jsonRequest('PUT', { text: 'I sort the labels to get the ideal DCG.' }, alice),
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true })
    const got = await t.app.request(`/api/sessions/${s.id}`, jsonRequest('GET', undefined, alice))
    expect(((await got.json()) as { session: { explanation: string } }).session.explanation).toBe(
      'I sort the labels to get the ideal DCG.',
    )
  })
})
