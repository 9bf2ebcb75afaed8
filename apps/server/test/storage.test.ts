// Bounded storage: a session's transcript has a cap, each account a quota (413 when reached, with
// nothing of the refused write stored and no code lost), run code is stored once, and the
// transcript is read in pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRunnerService } from '../src/services.ts'
import { createLogger } from '../src/logger.ts'
import { testConfig } from '../src/config.ts'
import {
  SESSION_RESERVATION_BYTES,
  setStorageQuota,
  storageUsage,
  TRANSCRIPT_LIMITS,
} from '../src/storage/usage.ts'
import { appendEvent, EVENT_PAGE, readTranscript } from '../src/transcript/repository.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { hasSandbox, NDCG_PY_SOLUTION, warnIfNoSandbox } from './helpers/sandbox.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from './helpers/test-app.ts'

warnIfNoSandbox('the storage tests that run code are skipped')

interface Page {
  events: { seq: number; type: string; data: Record<string, unknown> }[]
  next: number | null
}

describe.each(DIALECTS)('bounded storage on $name', (dialect) => {
  let t: TestApp
  let alice: { cookie: string; user: { id: string } }
  beforeAll(async () => {
    const services = hasSandbox
      ? await createRunnerService(testConfig({ runner: 'sandbox' }), createLogger('silent'))
      : undefined
    t = await createTestApp(dialect, services ? { services } : {})
    alice = await signUp(t, 'alice@example.com', 'Alice')
  })
  afterAll(async () => t.close())

  const request = (path: string, method = 'GET', body?: unknown, cookie = alice.cookie) =>
    t.app.request(path, jsonRequest(method, body, cookie))
  const counters = (id: string) =>
    t.deps.db
      .selectFrom('practice_sessions')
      .select(['transcript_events', 'transcript_bytes'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  const rowsOf = (id: string) =>
    t.deps.db
      .selectFrom('transcript_events')
      .select(['seq', 'type', 'data'])
      .where('session_id', '=', id)
      .orderBy('seq')
      .execute()
  const paste = (id: string, text = 'pasted text', cookie = alice.cookie) =>
    request(
      `/api/sessions/${id}/events`,
      'POST',
      { type: 'paste', data: { chars: text.length, lines: 1, fromAssistant: false, text } },
      cookie,
    )

  it('counts every event and byte a transcript holds, and charges them to the owner', async () => {
    const before = await storageUsage(t.deps.db, alice.user.id)
    const s = await startSession(t, alice.cookie)
    for (let i = 0; i < 3; i++) expect((await paste(s.id)).status).toBe(201)
    const rows = await rowsOf(s.id)
    const bytes = rows.reduce((sum, r) => sum + Buffer.byteLength(r.data, 'utf8'), 0)
    const counted = await counters(s.id)
    expect(Number(counted.transcript_events)).toBe(rows.length)
    expect(Number(counted.transcript_bytes)).toBe(bytes)
    const after = await storageUsage(t.deps.db, alice.user.id)
    // The session's own row (code and explanation, each capped) is reserved when it starts.
    expect(after.usedBytes - before.usedBytes).toBe(bytes + SESSION_RESERVATION_BYTES)
  })

  it('refuses an event past the transcript cap with 413, storing nothing of it', async () => {
    const s = await startSession(t, alice.cookie)
    const held = await counters(s.id)
    await t.deps.db
      .updateTable('practice_sessions')
      .set({ transcript_events: TRANSCRIPT_LIMITS.events - 1 })
      .where('id', '=', s.id)
      .execute()
    expect((await paste(s.id)).status).toBe(201)
    const rowsBefore = (await rowsOf(s.id)).length
    const refused = await paste(s.id)
    expect(refused.status).toBe(413)
    const body = (await refused.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('transcript_full')
    expect(body.error.message).toMatch(/start a new session/)
    expect((await rowsOf(s.id)).length).toBe(rowsBefore)
    expect(Number((await counters(s.id)).transcript_events)).toBe(TRANSCRIPT_LIMITS.events)

    // The code is still saved; only the history stops growing.
    const saved = await request(`/api/sessions/${s.id}/code`, 'PUT', {
      code: 'def ndcg_at_k(r, k):\n    return 1.0\n',
      rev: s.rev + 1,
    })
    expect(saved.status).toBe(200)
    const session = (await (await request(`/api/sessions/${s.id}`)).json()) as {
      session: { code: string }
    }
    expect(session.session.code).toContain('return 1.0')
    expect(Number(held.transcript_events)).toBeGreaterThan(0)
  })

  it('refuses a transcript past its byte cap', async () => {
    const s = await startSession(t, alice.cookie)
    await t.deps.db
      .updateTable('practice_sessions')
      .set({ transcript_bytes: TRANSCRIPT_LIMITS.bytes - 10 })
      .where('id', '=', s.id)
      .execute()
    const refused = await paste(s.id)
    expect(refused.status).toBe(413)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'transcript_full',
    )
  })

  it('answers 413 storage_quota_exceeded once the account quota is used, and the owner keeps the code', async () => {
    const bob = await signUp(t, 'bob@example.com', 'Bob')
    const s = await startSession(t, bob.cookie)
    const used = await storageUsage(t.deps.db, bob.user.id)
    await setStorageQuota(t.deps.db, bob.user.id, used.usedBytes + 40)
    const refused = await paste(s.id, 'x', bob.cookie)
    expect(refused.status).toBe(413)
    const body = (await refused.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('storage_quota_exceeded')
    expect(body.error.message).toMatch(/quota/)
    // Neither the session nor the account was charged for the refused event.
    expect((await storageUsage(t.deps.db, bob.user.id)).usedBytes).toBe(used.usedBytes)
    // A new session needs room too.
    const another = await request(
      '/api/sessions',
      'POST',
      { problemSlug: 'ndcg-at-k', language: 'python' },
      bob.cookie,
    )
    expect(another.status).toBe(413)
    // Saving code never needs room: the session row holds it.
    const saved = await request(
      `/api/sessions/${s.id}/code`,
      'PUT',
      { code: '# still mine\n', rev: s.rev + 1 },
      bob.cookie,
    )
    expect(saved.status).toBe(200)
    // The account page shows what is used of how much.
    const account = (await (
      await request('/api/auth/me/storage', 'GET', undefined, bob.cookie)
    ).json()) as {
      storage: { usedBytes: number; quotaBytes: number; full: boolean }
    }
    expect(account.storage.quotaBytes).toBe(used.usedBytes + 40)
    expect(account.storage.usedBytes).toBe(used.usedBytes)
    expect(account.storage.full).toBe(true)
  })

  it.skipIf(!hasSandbox)('refuses a run up front when the quota is used', async () => {
    const carol = await signUp(t, 'carol@example.com', 'Carol')
    const s = await startSession(t, carol.cookie)
    const used = await storageUsage(t.deps.db, carol.user.id)
    await setStorageQuota(t.deps.db, carol.user.id, used.usedBytes)
    const runs = await t.deps.db
      .selectFrom('runs')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const res = await request(`/api/sessions/${s.id}/runs`, 'POST', { mode: 'run' }, carol.cookie)
    expect(res.status).toBe(413)
    const after = await t.deps.db
      .selectFrom('runs')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(runs.n))
  })

  it.skipIf(!hasSandbox)(
    'stores the code of repeated runs once, and the transcript still shows it',
    async () => {
      const dana = await signUp(t, 'dana@example.com', 'Dana')
      const s = await startSession(t, dana.cookie)
      const code = `${NDCG_PY_SOLUTION}\n# dana's version\n`
      const saved = await request(
        `/api/sessions/${s.id}/code`,
        'PUT',
        { code, rev: s.rev + 1 },
        dana.cookie,
      )
      expect(saved.status).toBe(200)
      for (let i = 0; i < 3; i++) {
        const res = await request(
          `/api/sessions/${s.id}/runs`,
          'POST',
          { mode: 'run' },
          dana.cookie,
        )
        expect(res.status).toBe(200)
      }
      const blobs = await t.deps.db
        .selectFrom('code_blobs')
        .select('hash')
        .where('code', '=', code)
        .execute()
      expect(blobs).toHaveLength(1)
      // Stored: a hash per run event, never the code itself.
      const stored = (await rowsOf(s.id)).filter((r) => r.type === 'run')
      expect(stored).toHaveLength(3)
      for (const row of stored) {
        expect(row.data).not.toContain("dana's version")
        expect(JSON.parse(row.data).codeHash).toBe(blobs[0]?.hash)
      }
      // Read: each run event carries its code, as before.
      const page = (await (
        await request(`/api/sessions/${s.id}/transcript`, 'GET', undefined, dana.cookie)
      ).json()) as Page
      const runs = page.events.filter((e) => e.type === 'run')
      expect(runs.map((e) => e.data.code)).toEqual([code, code, code])
      expect(runs.every((e) => !('codeHash' in e.data))).toBe(true)
    },
  )

  it('reads a transcript in pages of at most EVENT_PAGE events', async () => {
    const s = await startSession(t, alice.cookie)
    const total = EVENT_PAGE * 2 + 37
    for (let i = 0; i < total; i++) await appendEvent(t.deps.db, s.id, 'paste', { chars: i })
    const seen: number[] = []
    let after = 0
    let pages = 0
    for (;;) {
      const res = await request(`/api/sessions/${s.id}/transcript?after=${after}`)
      expect(res.status).toBe(200)
      const page = (await res.json()) as Page
      expect(page.events.length).toBeLessThanOrEqual(EVENT_PAGE)
      seen.push(...page.events.map((e) => e.seq))
      pages++
      if (page.next === null) break
      after = page.next
    }
    expect(pages).toBe(3)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(total + 1) // and session_started
    expect((await readTranscript(t.deps.db, s.id)).length).toBe(total + 1)
    const small = (await (
      await request(`/api/sessions/${s.id}/transcript?after=0&limit=10`)
    ).json()) as Page
    expect(small.events).toHaveLength(10)
    expect(small.next).toBe(small.events.at(-1)?.seq)
    for (const bad of ['limit=0', 'limit=501', 'after=-1', 'after=abc', 'other=1']) {
      const res = await request(`/api/sessions/${s.id}/transcript?${bad}`)
      expect(res.status, bad).toBe(400)
    }
  }, 120_000)
})

describe.skipIf(!hasSandbox).each(DIALECTS)('scoring needs room too, on $name', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
  })
  afterAll(async () => t.close())

  it('refuses to score (a graded run and a report) once the quota is used', async () => {
    const erin = await signUp(t, 'erin@example.com', 'Erin')
    const s = await startSession(t, erin.cookie)
    const call = (path: string, method: string, body?: unknown) =>
      t.app.request(`/api/sessions/${s.id}${path}`, jsonRequest(method, body, erin.cookie))
    expect((await call('/explanation', 'PUT', { text: 'I sort the labels.', rev: 1 })).status).toBe(
      200,
    )
    const used = await storageUsage(t.deps.db, erin.user.id)
    await setStorageQuota(t.deps.db, erin.user.id, used.usedBytes)
    const refused = await call('/score', 'POST', {})
    expect(refused.status).toBe(413)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'storage_quota_exceeded',
    )
    expect((await storageUsage(t.deps.db, erin.user.id)).usedBytes).toBe(used.usedBytes)
  })
})
