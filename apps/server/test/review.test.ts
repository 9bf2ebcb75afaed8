// Review and cohorts: the authorization matrix route by route, comments, overrides, shares, scores.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../src/logger.ts'
import { testConfig } from '../src/config.ts'
import { createRunnerService } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import {
  acceptInvitations,
  createTestApp,
  jsonRequest,
  userWithRole,
  type TestApp,
} from './helpers/test-app.ts'

const hasSandbox = fs.existsSync('/usr/bin/bwrap')
if (!hasSandbox) console.warn('bubblewrap is missing: review tests run code with the local runner.')

const EXPLANATION = `I compute DCG by summing (2^rel - 1) / log2(position + 1) over the first k items, then
divide by the DCG of the same labels sorted in descending order, the ideal ordering. If the ideal
DCG is zero I return 0 instead of dividing by zero. Sorting costs O(n log n) time and O(n) space.
I checked the example from the statement and that a perfect ordering gives exactly 1.0.`

describe.each(DIALECTS)('review and cohorts on $name', (dialect) => {
  let t: TestApp
  let instructor: { cookie: string; id: string }
  let mentor: { cookie: string; id: string }
  let outsider: { cookie: string; id: string }
  let candidate: { cookie: string; id: string }
  let other: { cookie: string; id: string }
  let sessionId: string
  let earlySessionId: string
  let cohortId: string

  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: hasSandbox ? 'sandbox' : 'local', allowLocalRunnerMultiUser: true }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { services })
    await userWithRole(t, 'admin@example.com', 'admin')
    instructor = await userWithRole(t, 'ines@example.com', 'instructor', 'Ines')
    mentor = await userWithRole(t, 'mona@example.com', 'mentor', 'Mona')
    outsider = await userWithRole(t, 'otto@example.com', 'mentor', 'Otto')
    candidate = await userWithRole(t, 'cara@example.com', 'candidate', 'Cara')
    other = await userWithRole(t, 'carl@example.com', 'candidate', 'Carl')
    const res = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'ndcg-at-k', language: 'python' }, candidate.cookie),
    )
    earlySessionId = ((await res.json()) as { session: { id: string } }).session.id
  })
  afterAll(async () => t.close())

  const req = (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))

  it('lets only instructors create cohorts and add members', async () => {
    expect((await req('POST', '/api/cohorts', undefined, { name: 'X' })).status).toBe(401)
    expect((await req('POST', '/api/cohorts', candidate.cookie, { name: 'X' })).status).toBe(403)
    expect((await req('POST', '/api/cohorts', mentor.cookie, { name: 'X' })).status).toBe(403)
    const created = await req('POST', '/api/cohorts', instructor.cookie, { name: 'Autumn cohort' })
    expect(created.status).toBe(201)
    cohortId = ((await created.json()) as { cohort: { id: string } }).cohort.id

    const add = (email: string, role: string, cookie = instructor.cookie) =>
      req('POST', `/api/cohorts/${cohortId}/members`, cookie, { email, role })
    expect((await add('cara@example.com', 'candidate')).status).toBe(201)
    expect((await add('mona@example.com', 'mentor')).status).toBe(201)
    // Membership needs consent: each accepts their invitation.
    expect(await acceptInvitations(t, candidate.cookie)).toBe(1)
    expect(await acceptInvitations(t, mentor.cookie)).toBe(1)
    // Only sessions started after joining are the cohort's to review.
    const started = await req('POST', '/api/sessions', candidate.cookie, {
      problemSlug: 'ndcg-at-k',
      language: 'python',
    })
    sessionId = ((await started.json()) as { session: { id: string } }).session.id
    expect((await add('ines@example.com', 'candidate')).status).toBe(400)
    expect((await add('mona@example.com', 'candidate')).status).toBe(409)
    // Any other email is invited alike, whether an account uses it or not (cohort-consent.test.ts).
    expect((await add('nobody@example.com', 'candidate')).status).toBe(201)
    expect((await add('carl@example.com', 'mentor')).status).toBe(201)
    expect((await add('carl@example.com', 'candidate', candidate.cookie)).status).toBe(403)
    const ghost = await req('POST', `/api/cohorts/no-such-cohort/members`, instructor.cookie, {
      email: 'carl@example.com',
      role: 'candidate',
    })
    expect(ghost.status).toBe(404)
  })

  it("shows the cohort's sessions in the mentor's queue, and nobody else's", async () => {
    const queue = async (cookie: string, query = '') => {
      const res = await req('GET', `/api/review/sessions${query}`, cookie)
      return {
        status: res.status,
        ids:
          res.status === 200
            ? ((await res.json()) as { sessions: { id: string }[] }).sessions.map((s) => s.id)
            : [],
      }
    }
    expect((await queue(mentor.cookie)).ids).toEqual([sessionId])
    expect((await req('GET', `/api/sessions/${earlySessionId}`, mentor.cookie)).status).toBe(404)
    expect((await queue(mentor.cookie, '?candidate=cara')).ids).toEqual([sessionId])
    expect((await queue(mentor.cookie, '?candidate=carl')).ids).toEqual([])
    expect((await queue(mentor.cookie, '?problem=iou-nms')).ids).toEqual([])
    expect((await queue(instructor.cookie)).ids).toEqual([sessionId])
    expect((await queue(outsider.cookie)).ids).toEqual([])
    expect((await queue(candidate.cookie)).status).toBe(403)
    expect((await req('GET', '/api/review/sessions')).status).toBe(401)
  })

  it('answers 404 to everyone outside, on every session route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/sessions/${sessionId}`],
      ['GET', `/api/sessions/${sessionId}/transcript`],
      ['GET', `/api/sessions/${sessionId}/comments`],
      ['POST', `/api/sessions/${sessionId}/comments`, { body: 'Nice work' }],
      ['POST', `/api/sessions/${sessionId}/override`, { total: 50, reason: 'Because I say so.' }],
      ['GET', `/api/sessions/${sessionId}/score`],
      ['POST', `/api/sessions/${sessionId}/score`],
      ['GET', `/api/sessions/${sessionId}/assistant`],
      ['POST', `/api/sessions/${sessionId}/runs`, { mode: 'run' }],
    ]
    for (const who of [outsider, other]) {
      for (const [method, path, body] of routes) {
        const res = await req(method, path, who.cookie, body)
        expect(res.status, `${method} ${path}`).toBe(404)
        const text = await res.text()
        expect(text).not.toContain('ndcg')
      }
    }
    for (const [method, path, body] of routes) {
      expect((await req(method, path, undefined, body)).status, `${method} ${path}`).toBe(401)
    }
    // A mentor reads but never works in a candidate's session.
    expect((await req('GET', `/api/sessions/${sessionId}`, mentor.cookie)).status).toBe(200)
    expect(
      (await req('PUT', `/api/sessions/${sessionId}/code`, mentor.cookie, { code: 'x', rev: 9 }))
        .status,
    ).toBe(404)
    expect(
      (await req('POST', `/api/sessions/${sessionId}/runs`, mentor.cookie, { mode: 'run' })).status,
    ).toBe(404)
    // The candidate cannot review their own session.
    expect(
      (await req('POST', `/api/sessions/${sessionId}/comments`, candidate.cookie, { body: 'me' }))
        .status,
    ).toBe(404)
  })

  it('scores the session: 400 without an explanation, then a report with evidence', async () => {
    expect((await req('POST', `/api/sessions/${sessionId}/score`, candidate.cookie)).status).toBe(
      400,
    )
    expect(
      (
        await req('PUT', `/api/sessions/${sessionId}/explanation`, candidate.cookie, {
          text: EXPLANATION,
        })
      ).status,
    ).toBe(200)
    const res = await req('POST', `/api/sessions/${sessionId}/score`, candidate.cookie)
    expect(res.status).toBe(200)
    const { score } = (await res.json()) as {
      score: {
        total: number
        criteria: { id: string; evidence: string[]; feedback: string }[]
        correctness: { passed: number; total: number; score: number }
        consistency: { score: number; max: number }
        collaboration: { score: number; max: number; note?: string }
        explanationScore: number
      }
    }
    expect(score.total).toBeGreaterThan(0)
    // The assistant was never used: collaboration is not assessed, and the other parts are
    // re-weighted over their own weights (.45, .3, and .1 when consistency was assessed).
    expect(score.collaboration).toMatchObject({ score: 0, max: 0 })
    expect(score.collaboration.note).toContain('did not use the assistant')
    const parts: [number, number][] = [
      [score.explanationScore, 0.45],
      [score.correctness.score, 0.3],
      ...(score.consistency.max ? [[score.consistency.score, 0.1] as [number, number]] : []),
    ]
    const weighted = parts.reduce((s, [v, w]) => s + v * w, 0)
    const weightSum = parts.reduce((s, [, w]) => s + w, 0)
    expect(score.total).toBeCloseTo((100 * weighted) / weightSum, 0)
    expect(score.total).toBeLessThanOrEqual(100)
    expect(score.correctness).toMatchObject({ passed: 0, total: 8 })
    expect(score.criteria.map((c) => c.id)).toEqual([
      'approach',
      'complexity',
      'edge-cases',
      'tradeoffs',
      'validation',
    ])
    for (const c of score.criteria)
      for (const quote of c.evidence)
        expect(EXPLANATION.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '))
    const again = await req('POST', `/api/sessions/${sessionId}/score`, candidate.cookie)
    expect(again.status).toBe(200)
    const reports = await t.deps.db
      .selectFrom('score_reports')
      .select('id')
      .where('session_id', '=', sessionId)
      .execute()
    expect(reports).toHaveLength(2)
    // Grading is the scorer's own run, never recorded as the candidate's submission.
    const types = (
      await t.deps.db
        .selectFrom('transcript_events')
        .select('type')
        .where('session_id', '=', sessionId)
        .execute()
    ).map((e) => e.type)
    expect(types).not.toContain('submit')
    expect(types.filter((x) => x === 'graded')).toHaveLength(2)
  })

  it('lets the mentor comment and override with a reason; the candidate sees both, the score stays', async () => {
    const comment = await req('POST', `/api/sessions/${sessionId}/comments`, mentor.cookie, {
      body: 'Say why <b>IDCG</b> can be zero.',
      atSeq: 2,
      line: 3,
    })
    expect(comment.status).toBe(201)
    expect(
      (
        await req('POST', `/api/sessions/${sessionId}/override`, mentor.cookie, {
          total: 70,
          reason: 'short',
        })
      ).status,
    ).toBe(400)
    const override = await req('POST', `/api/sessions/${sessionId}/override`, mentor.cookie, {
      total: 70,
      reason: 'The complexity part is right; the rubric missed it.',
    })
    expect(override.status).toBe(200)
    const unknown = await req('POST', `/api/sessions/${sessionId}/override`, mentor.cookie, {
      total: 60,
      reason: 'Criterion that does not exist.',
      criteria: { charisma: 5 },
    })
    expect(unknown.status).toBe(400)
    const tooMany = await req('POST', `/api/sessions/${sessionId}/override`, mentor.cookie, {
      total: 60,
      reason: 'More points than the criterion has.',
      criteria: { approach: 99 },
    })
    expect(tooMany.status).toBe(400)

    const seen = (await (
      await req('GET', `/api/sessions/${sessionId}/comments`, candidate.cookie)
    ).json()) as {
      comments: { body: string; atSeq: number; line: number; author: { name: string } }[]
    }
    expect(seen.comments).toEqual([
      expect.objectContaining({
        body: 'Say why <b>IDCG</b> can be zero.',
        atSeq: 2,
        line: 3,
        author: expect.objectContaining({ name: 'Mona' }),
      }),
    ])
    const score = (await (
      await req('GET', `/api/sessions/${sessionId}/score`, candidate.cookie)
    ).json()) as { score: { total: number }; overrides: { total: number; reason: string }[] }
    expect(score.overrides).toEqual([expect.objectContaining({ total: 70 })])
    expect(score.score.total).not.toBe(70)
    const transcript = (await (
      await req('GET', `/api/sessions/${sessionId}/transcript`, candidate.cookie)
    ).json()) as { events: { type: string }[] }
    expect(transcript.events.map((e) => e.type)).toContain('mentor_comment')
  })

  it('shows instructors how far the automatic score is from the override', async () => {
    expect((await req('GET', '/api/review/calibration', candidate.cookie)).status).toBe(403)
    expect((await req('GET', '/api/review/calibration', mentor.cookie)).status).toBe(403)
    const res = await req('GET', '/api/review/calibration', instructor.cookie)
    expect(res.status).toBe(200)
    const { calibration } = (await res.json()) as {
      calibration: {
        overall: { n: number; bias: number }
        byProblem: { slug: string; n: number }[]
        points: { automatic: number; mentor: number }[]
      }
    }
    expect(calibration.overall.n).toBe(1)
    const point = calibration.points[0]
    expect(point?.mentor).toBe(70)
    expect(calibration.overall.bias).toBeCloseTo(70 - (point?.automatic ?? 0), 0)
    expect(calibration.byProblem).toEqual([expect.objectContaining({ slug: 'ndcg-at-k', n: 1 })])
    const outsiderView = (await (
      await req(
        'GET',
        '/api/review/calibration',
        (await userWithRole(t, 'ivy@example.com', 'instructor')).cookie,
      )
    ).json()) as { calibration: { overall: { n: number } } }
    expect(outsiderView.calibration.overall.n).toBe(0)
  })

  it('shares one session by link with a mentor outside the cohort', async () => {
    expect((await req('POST', `/api/sessions/${sessionId}/share`, outsider.cookie)).status).toBe(
      404,
    )
    const share = await req('POST', `/api/sessions/${sessionId}/share`, candidate.cookie)
    expect(share.status).toBe(201)
    const { token } = (await share.json()) as { token: string }
    expect((await req('POST', `/api/shares/${token}/accept`, other.cookie)).status).toBe(403)
    expect((await req('POST', `/api/shares/not-a-token/accept`, outsider.cookie)).status).toBe(404)
    expect((await req('GET', `/api/sessions/${sessionId}`, outsider.cookie)).status).toBe(404)
    const accepted = await req('POST', `/api/shares/${token}/accept`, outsider.cookie)
    expect(accepted.status).toBe(200)
    expect((await req('GET', `/api/sessions/${sessionId}`, outsider.cookie)).status).toBe(200)
    expect(
      (
        await req('POST', `/api/sessions/${sessionId}/comments`, outsider.cookie, {
          body: 'Shared with me',
        })
      ).status,
    ).toBe(201)
    // The owner can take it all back: the link and the access it gave.
    expect((await req('DELETE', `/api/sessions/${sessionId}/share`, outsider.cookie)).status).toBe(
      404,
    )
    const revoked = await req('DELETE', `/api/sessions/${sessionId}/share`, candidate.cookie)
    expect(await revoked.json()).toEqual({ revokedLinks: 1, revokedReviewers: 1 })
    expect((await req('GET', `/api/sessions/${sessionId}`, outsider.cookie)).status).toBe(404)
    expect((await req('POST', `/api/shares/${token}/accept`, outsider.cookie)).status).toBe(404)
  })
})

describe.each(DIALECTS)('losing review rights on $name', (dialect) => {
  it('a demoted mentor and a removed member no longer see the sessions', async () => {
    const t = await createTestApp(dialect)
    try {
      const admin = await userWithRole(t, 'root@example.com', 'admin')
      const ines = await userWithRole(t, 'ines@example.com', 'instructor')
      const mona = await userWithRole(t, 'mona@example.com', 'mentor')
      const cara = await userWithRole(t, 'cara@example.com', 'candidate')
      const call = (method: string, path: string, cookie: string, body?: unknown) =>
        t.app.request(path, jsonRequest(method, body, cookie))
      const cohort = (
        (await (await call('POST', '/api/cohorts', ines.cookie, { name: 'C' })).json()) as {
          cohort: { id: string }
        }
      ).cohort.id
      await call('POST', `/api/cohorts/${cohort}/members`, ines.cookie, {
        email: 'cara@example.com',
        role: 'candidate',
      })
      await call('POST', `/api/cohorts/${cohort}/members`, ines.cookie, {
        email: 'mona@example.com',
        role: 'mentor',
      })
      await acceptInvitations(t, cara.cookie)
      await acceptInvitations(t, mona.cookie)
      const s = (
        (await (
          await call('POST', '/api/sessions', cara.cookie, {
            problemSlug: 'ndcg-at-k',
            language: 'python',
          })
        ).json()) as { session: { id: string } }
      ).session.id
      expect((await call('GET', `/api/sessions/${s}/transcript`, mona.cookie)).status).toBe(200)

      await call('PUT', `/api/admin/users/${mona.id}/role`, admin.cookie, { role: 'candidate' })
      expect((await call('GET', `/api/sessions/${s}/transcript`, mona.cookie)).status).toBe(404)
      expect(
        (await call('POST', `/api/sessions/${s}/comments`, mona.cookie, { body: 'still here?' }))
          .status,
      ).toBe(404)

      await call('PUT', `/api/admin/users/${mona.id}/role`, admin.cookie, { role: 'mentor' })
      expect((await call('GET', `/api/sessions/${s}/transcript`, mona.cookie)).status).toBe(200)
      expect(
        (await call('DELETE', `/api/cohorts/${cohort}/members/${mona.id}`, mona.cookie)).status,
      ).toBe(403)
      expect(
        (await call('DELETE', `/api/cohorts/${cohort}/members/${mona.id}`, ines.cookie)).status,
      ).toBe(200)
      expect((await call('GET', `/api/sessions/${s}/transcript`, mona.cookie)).status).toBe(404)
      // An admin reads every session but reviews only other people's.
      const own = (
        (await (
          await call('POST', '/api/sessions', admin.cookie, {
            problemSlug: 'ndcg-at-k',
            language: 'python',
          })
        ).json()) as { session: { id: string } }
      ).session.id
      expect(
        (await call('POST', `/api/sessions/${own}/comments`, admin.cookie, { body: 'self review' }))
          .status,
      ).toBe(404)
      expect(
        (
          await call('POST', `/api/sessions/${s}/comments`, admin.cookie, {
            body: 'admin note',
            atSeq: 99_999,
          })
        ).status,
      ).toBe(400)
      expect(
        (
          await call('POST', `/api/sessions/${s}/comments`, admin.cookie, {
            body: 'admin note',
            atSeq: 1,
          })
        ).status,
      ).toBe(201)
    } finally {
      await t.close()
    }
  })
})

describe.each(DIALECTS)('role grants on $name', (dialect) => {
  it('lets only admins change roles, never their own', async () => {
    const t = await createTestApp(dialect)
    try {
      const admin = await userWithRole(t, 'root@example.com', 'admin')
      const cand = await userWithRole(t, 'pat@example.com', 'candidate')
      const put = (id: string, role: string, cookie: string) =>
        t.app.request(`/api/admin/users/${id}/role`, jsonRequest('PUT', { role }, cookie))
      expect((await put(cand.id, 'admin', cand.cookie)).status).toBe(403)
      expect((await put(admin.id, 'candidate', admin.cookie)).status).toBe(400)
      expect((await put(cand.id, 'wizard', admin.cookie)).status).toBe(400)
      expect((await put('nobody', 'mentor', admin.cookie)).status).toBe(404)
      const ok = await put(cand.id, 'mentor', admin.cookie)
      expect(ok.status).toBe(200)
      const me = await t.app.request('/api/auth/me', jsonRequest('GET', undefined, cand.cookie))
      expect(((await me.json()) as { user: { role: string } }).user.role).toBe('mentor')
    } finally {
      await t.close()
    }
  })
})
