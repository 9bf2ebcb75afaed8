// Problem sets: authoring rights, visibility before and after publishing, and the set's policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

describe.each(DIALECTS)('problem sets on $name', (dialect) => {
  let t: TestApp
  let instructor: string
  let otherInstructor: string
  let candidate: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    instructor = (await userWithRole(t, 'ines@example.com', 'instructor')).cookie
    otherInstructor = (await userWithRole(t, 'ivan@example.com', 'instructor')).cookie
    candidate = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
  })
  afterAll(async () => t.close())

  const req = (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))
  const body = {
    title: 'Feed ranking loop',
    problemSlugs: ['ndcg-at-k', 'item-item-cf', 'ab-test-two-proportions'],
    assistant: 'interviewer',
    weights: { explanation: 0.5, correctness: 0.3, consistency: 0.1, collaboration: 0.1 },
  }

  it('lets instructors create a set, refuses others and bad input, and keeps drafts private', async () => {
    expect((await req('POST', '/api/problem-sets', candidate, body)).status).toBe(403)
    expect((await req('POST', '/api/problem-sets', undefined, body)).status).toBe(401)
    const unknown = await req('POST', '/api/problem-sets', instructor, {
      ...body,
      problemSlugs: ['ndcg-at-k', 'nope'],
    })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('nope')
    expect(
      (
        await req('POST', '/api/problem-sets', instructor, {
          ...body,
          problemSlugs: ['ndcg-at-k', 'ndcg-at-k'],
        })
      ).status,
    ).toBe(400)
    expect(
      (await req('POST', '/api/problem-sets', instructor, { ...body, assistant: 'oracle' })).status,
    ).toBe(400)

    const created = await req('POST', '/api/problem-sets', instructor, body)
    expect(created.status).toBe(201)
    const { problemSet } = (await created.json()) as {
      problemSet: { id: string; problems: { slug: string }[]; published: boolean }
    }
    expect(problemSet.problems.map((p) => p.slug)).toEqual(body.problemSlugs)
    expect(problemSet.published).toBe(false)

    expect((await req('GET', `/api/problem-sets/${problemSet.id}`, candidate)).status).toBe(404)
    expect(
      (await req('PUT', `/api/problem-sets/${problemSet.id}`, otherInstructor, body)).status,
    ).toBe(404)
    expect(
      (await req('POST', `/api/problem-sets/${problemSet.id}/publish`, otherInstructor)).status,
    ).toBe(404)

    const reordered = await req('PUT', `/api/problem-sets/${problemSet.id}`, instructor, {
      ...body,
      problemSlugs: [...body.problemSlugs].reverse(),
    })
    expect(
      ((await reordered.json()) as { problemSet: { problems: { slug: string }[] } }).problemSet
        .problems[0]?.slug,
    ).toBe('ab-test-two-proportions')
    expect(
      (await req('POST', `/api/problem-sets/${problemSet.id}/publish`, instructor)).status,
    ).toBe(200)
    const seen = (await (await req('GET', '/api/problem-sets', candidate)).json()) as {
      problemSets: { id: string }[]
    }
    expect(seen.problemSets.map((s) => s.id)).toEqual([problemSet.id])

    // A session started from the set takes the set's assistant policy.
    const started = await req('POST', '/api/sessions', candidate, {
      problemSlug: 'ndcg-at-k',
      language: 'python',
      problemSetId: problemSet.id,
    })
    expect(started.status).toBe(201)
    const sessionId = ((await started.json()) as { session: { id: string } }).session.id
    const state = (await (
      await req('GET', `/api/sessions/${sessionId}/assistant`, candidate)
    ).json()) as { policy: string }
    expect(state.policy).toBe('interviewer')
    const wrongSet = await req('POST', '/api/sessions', candidate, {
      problemSlug: 'iou-nms',
      language: 'python',
      problemSetId: problemSet.id,
    })
    expect(wrongSet.status).toBe(404)
  })
})
