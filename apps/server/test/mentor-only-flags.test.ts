// The "matches-reference" flag goes to reviewers only: a candidate could use it as an oracle for
// the reference explanation, so their score, its reading and their transcript leave it out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  startSession,
  userWithRole,
  type TestApp,
} from './helpers/test-app.ts'

describe.each(DIALECTS)('mentor-only score flags on $name', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(async () => t.close())

  it('flags a copied reference to the admin, and says nothing of it to the candidate', async () => {
    const admin = await userWithRole(t, 'root@example.com', 'admin')
    const cara = await userWithRole(t, 'cara@example.com', 'candidate')
    const session = await startSession(t, cara.cookie)
    const library = t.deps.db
    const version = await library
      .selectFrom('problem_versions')
      .innerJoin('problems', 'problems.current_version_id', 'problem_versions.id')
      .select('problem_versions.definition')
      .where('problems.slug', '=', 'ndcg-at-k')
      .executeTakeFirstOrThrow()
    const reference = (
      JSON.parse(version.definition) as { rubric: { referenceExplanation: string } }
    ).rubric.referenceExplanation
    const base = `/api/sessions/${session.id}`
    const as = (cookie: string, method: string, path: string, body?: unknown) =>
      t.app.request(`${base}${path}`, jsonRequest(method, body, cookie))
    await as(cara.cookie, 'PUT', '/explanation', { text: reference })
    const scored = await (await as(cara.cookie, 'POST', '/score')).text()
    const own = await (await as(cara.cookie, 'GET', '/score')).text()
    const transcript = await (await as(cara.cookie, 'GET', '/transcript')).text()
    for (const body of [scored, own, transcript]) expect(body).not.toContain('matches-reference')
    // The reviewer sees the flag, in the report and in the transcript.
    const reviewed = (await (await as(admin.cookie, 'GET', '/score')).json()) as {
      score: { flags: { code: string }[] }
    }
    expect(reviewed.score.flags.map((f) => f.code)).toContain('matches-reference')
    expect(await (await as(admin.cookie, 'GET', '/transcript')).text()).toContain(
      'matches-reference',
    )
  }, 120_000)
})
