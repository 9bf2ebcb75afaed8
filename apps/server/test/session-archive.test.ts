// My practice's list: unfinished sessions of a problem (for "Continue"), archiving and unarchiving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PracticeSession } from '@pairwise/shared'
import { DIALECTS } from './helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  startSession,
  userWithRole,
  type TestApp,
} from './helpers/test-app.ts'

describe.each(DIALECTS)('listing and archiving sessions on $name', (dialect) => {
  let t: TestApp
  let cara: string
  let otto: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    cara = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
    otto = (await userWithRole(t, 'otto@example.com', 'candidate')).cookie
  })
  afterAll(async () => t.close())

  const req = async (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))
  const list = async (query = '', cookie = cara) => {
    const res = await req('GET', `/api/sessions${query}`, cookie)
    expect(res.status).toBe(200)
    return ((await res.json()) as { sessions: PracticeSession[] }).sessions
  }

  it('finds the unfinished sessions of one problem, and archives and unarchives', async () => {
    const a = await startSession(t, cara, 'ndcg-at-k')
    const b = await startSession(t, cara, 'item-item-cf')
    await startSession(t, otto, 'ndcg-at-k')
    expect((await list('?problem=ndcg-at-k&unfinished=1')).map((s) => s.id)).toEqual([a.id])
    await t.deps.db
      .updateTable('practice_sessions')
      .set({ status: 'scored' })
      .where('id', '=', a.id)
      .execute()
    expect(await list('?problem=ndcg-at-k&unfinished=1')).toEqual([])

    expect(
      (await req('PUT', `/api/sessions/${b.id}/archive`, otto, { archived: true })).status,
    ).toBe(404)
    expect(
      (await req('PUT', `/api/sessions/${b.id}/archive`, cara, { archived: 'yes' })).status,
    ).toBe(400)
    const archived = await req('PUT', `/api/sessions/${b.id}/archive`, cara, { archived: true })
    expect(archived.status).toBe(200)
    expect(
      ((await archived.json()) as { session: PracticeSession }).session.archivedAt,
    ).not.toBeNull()
    expect((await list()).map((s) => s.id)).toEqual([a.id])
    expect((await list('?archived=1')).map((s) => s.id)).toEqual([b.id])
    // Archived sessions are not offered for "Continue".
    expect(await list('?problem=item-item-cf&unfinished=1')).toEqual([])
    // The work is untouched: it still opens.
    expect((await req('GET', `/api/sessions/${b.id}`, cara)).status).toBe(200)
    await req('PUT', `/api/sessions/${b.id}/archive`, cara, { archived: false })
    expect((await list()).map((s) => s.id).sort()).toEqual([a.id, b.id].sort())
    expect((await req('GET', '/api/sessions?archived=maybe', cara)).status).toBe(400)
  })
})
