// A candidate's side of problem sets: which sets they see (open and cohort sets), their progress
// through one, and the set's summary once every problem is scored.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemSetView } from '../src/problem-sets/repository.ts'
import type { SetProgress } from '@pairwise/shared'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

describe.each(DIALECTS)('a candidate working through a set on $name', (dialect) => {
  let t: TestApp
  let instructor: string
  let candidate: { cookie: string; id: string }
  let outsider: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    instructor = (await userWithRole(t, 'ines@example.com', 'instructor')).cookie
    candidate = await userWithRole(t, 'cara@example.com', 'candidate')
    outsider = (await userWithRole(t, 'otto@example.com', 'candidate')).cookie
  })
  afterAll(async () => t.close())

  const req = async (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))
  const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T

  /** What scoring leaves behind, written directly so the test needs no sandbox. */
  const recordScore = async (sessionId: string, total: number) => {
    const id = randomUUID()
    await t.deps.db
      .insertInto('score_reports')
      .values({
        id,
        session_id: sessionId,
        total,
        report: '{}',
        created_at: new Date().toISOString(),
      })
      .execute()
    await t.deps.db
      .updateTable('practice_sessions')
      .set({ status: 'scored' })
      .where('id', '=', sessionId)
      .execute()
    return id
  }

  it('shows cohort sets to members only, and open sets to everyone once published', async () => {
    const { cohort } = await json<{ cohort: { id: string } }>(
      req('POST', '/api/cohorts', instructor, { name: 'Spring' }),
    )
    expect(
      (
        await req('POST', `/api/cohorts/${cohort.id}/members`, instructor, {
          email: 'cara@example.com',
          role: 'candidate',
        })
      ).status,
    ).toBe(201)
    // Membership needs the candidate's consent.
    const { invitations } = await json<{ invitations: { id: string }[] }>(
      req('GET', '/api/invitations', candidate.cookie),
    )
    expect(invitations).toHaveLength(1)
    const accepted = await req(
      'POST',
      `/api/invitations/${invitations[0]?.id ?? ''}/accept`,
      candidate.cookie,
    )
    expect(accepted.status).toBe(200)
    const make = async (title: string, extra: Record<string, unknown> = {}) => {
      const { problemSet } = await json<{ problemSet: ProblemSetView }>(
        req('POST', '/api/problem-sets', instructor, {
          title,
          problemSlugs: ['ndcg-at-k', 'item-item-cf'],
          ...extra,
        }),
      )
      expect(
        (await req('POST', `/api/problem-sets/${problemSet.id}/publish`, instructor)).status,
      ).toBe(200)
      return problemSet
    }
    const open = await make('Open set')
    const spring = await make('Spring set', { cohortId: cohort.id })
    expect(spring.cohort).toEqual({ id: cohort.id, name: 'Spring' })
    // Another instructor's cohort cannot be named.
    const other = (await userWithRole(t, 'ivan@example.com', 'instructor')).cookie
    const refused = await req('POST', '/api/problem-sets', other, {
      title: 'x',
      problemSlugs: ['ndcg-at-k'],
      cohortId: cohort.id,
    })
    expect(refused.status).toBe(400)

    const seenBy = async (cookie: string) =>
      (
        await json<{ problemSets: { id: string }[] }>(req('GET', '/api/problem-sets', cookie))
      ).problemSets
        .map((s) => s.id)
        .sort()
    expect(await seenBy(candidate.cookie)).toEqual([open.id, spring.id].sort())
    expect(await seenBy(outsider)).toEqual([open.id])
    expect((await req('GET', `/api/problem-sets/${spring.id}`, outsider)).status).toBe(404)
    const startedOutside = await req('POST', '/api/sessions', outsider, {
      problemSlug: 'ndcg-at-k',
      language: 'python',
      problemSetId: spring.id,
    })
    expect(startedOutside.status).toBe(404)
  })

  it('tracks progress problem by problem, with the best score, and sums up a finished set', async () => {
    const { problemSet } = await json<{ problemSet: ProblemSetView }>(
      req('POST', '/api/problem-sets', instructor, {
        title: 'Two steps',
        problemSlugs: ['ndcg-at-k', 'item-item-cf'],
        assistant: 'coach',
        weights: { explanation: 0.6, correctness: 0.2, consistency: 0.1, collaboration: 0.1 },
      }),
    )
    await req('POST', `/api/problem-sets/${problemSet.id}/publish`, instructor)
    const progress = async (cookie = candidate.cookie) =>
      (
        await json<{ problemSet: ProblemSetView; progress: SetProgress }>(
          req('GET', `/api/problem-sets/${problemSet.id}`, cookie),
        )
      ).progress

    const fresh = await progress()
    expect(fresh.problems.map((p) => [p.slug, p.status])).toEqual([
      ['ndcg-at-k', 'not_started'],
      ['item-item-cf', 'not_started'],
    ])
    expect(fresh).toMatchObject({ done: false, total: null })

    const start = async (slug: string) =>
      (
        await json<{ session: { id: string; problemSetId: string | null } }>(
          req('POST', '/api/sessions', candidate.cookie, {
            problemSlug: slug,
            language: 'python',
            problemSetId: problemSet.id,
          }),
        )
      ).session
    const first = await start('ndcg-at-k')
    expect(first.problemSetId).toBe(problemSet.id)
    // A session of the same problem outside the set does not count for the set.
    await req('POST', '/api/sessions', candidate.cookie, {
      problemSlug: 'item-item-cf',
      language: 'python',
    })
    let now = await progress()
    expect(now.problems[0]).toMatchObject({ status: 'in_progress', activeSessionId: first.id })
    expect(now.problems[1]?.status).toBe('not_started')

    await t.deps.db
      .insertInto('runs')
      .values({
        id: randomUUID(),
        session_id: first.id,
        mode: 'submit',
        status: 'passed',
        result: '{}',
        created_at: new Date().toISOString(),
      })
      .execute()
    expect((await progress()).problems[0]?.status).toBe('solved')

    const reportId = await recordScore(first.id, 70)
    const again = await start('ndcg-at-k')
    await recordScore(again.id, 60)
    now = await progress()
    // The best of the two sessions, not the latest.
    expect(now.problems[0]).toMatchObject({
      status: 'scored',
      bestScore: 70,
      activeSessionId: null,
    })
    expect(now).toMatchObject({ done: false, total: 35 })

    // A mentor's override counts in place of the report it corrects.
    const { id: mentorId } = await userWithRole(t, 'mona@example.com', 'mentor')
    await t.deps.db
      .insertInto('score_overrides')
      .values({
        id: randomUUID(),
        session_id: first.id,
        report_id: reportId,
        mentor_id: mentorId,
        total: 90,
        criteria: null,
        reason: 'the explanation was better than the scorer saw',
        created_at: new Date().toISOString(),
      })
      .execute()
    const second = await start('item-item-cf')
    await recordScore(second.id, 80)
    now = await progress()
    expect(now.problems.map((p) => p.bestScore)).toEqual([90, 80])
    expect(now).toMatchObject({ done: true, total: 85 })

    // Someone else's progress is their own.
    expect((await progress(outsider)).problems.every((p) => p.status === 'not_started')).toBe(true)
  })
})
