// Cohort membership by consent: invitations that reveal nothing about an email, sessions hidden
// until the invitation is accepted, leaving, and an instructor's rights ending with their role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

type User = Awaited<ReturnType<typeof userWithRole>>

describe.each(DIALECTS)('cohort consent on $name', (dialect) => {
  let t: TestApp
  let admin: User
  let ines: User
  let mona: User
  let cara: User
  let ivan: User
  beforeAll(async () => {
    t = await createTestApp(dialect)
    admin = await userWithRole(t, 'root@example.com', 'admin')
    ines = await userWithRole(t, 'ines@example.com', 'instructor', 'Ines')
    ivan = await userWithRole(t, 'ivan@example.com', 'instructor', 'Ivan')
    mona = await userWithRole(t, 'mona@example.com', 'mentor', 'Mona')
    cara = await userWithRole(t, 'cara@example.com', 'candidate', 'Cara')
  })
  afterAll(async () => t.close())

  const call = async (method: string, path: string, cookie: string, body?: unknown) => {
    const res = await t.app.request(path, jsonRequest(method, body, cookie))
    return { status: res.status, text: await res.text() }
  }
  const json = <T>(text: string) => JSON.parse(text) as T
  const newCohort = async (cookie = ines.cookie) =>
    json<{ cohort: { id: string } }>(
      (await call('POST', '/api/cohorts', cookie, { name: 'C' })).text,
    ).cohort.id
  const invite = (cohort: string, email: string, role: string, cookie = ines.cookie) =>
    call('POST', `/api/cohorts/${cohort}/members`, cookie, { email, role })
  const startSession = async (cookie = cara.cookie) =>
    json<{ session: { id: string } }>(
      (
        await call('POST', '/api/sessions', cookie, {
          problemSlug: 'ndcg-at-k',
          language: 'python',
        })
      ).text,
    ).session.id
  const canSee = async (who: User, session: string) =>
    (await call('GET', `/api/sessions/${session}/transcript`, who.cookie)).status === 200
  const inbox = async (who: User) =>
    json<{
      invitations: { id: string; cohortName: string; role: string }[]
      memberships: { cohortId: string }[]
    }>((await call('GET', '/api/invitations', who.cookie)).text)

  it('answers an invitation the same way for any email: an account or none, any role', async () => {
    const emails = [
      'root@example.com', // admin
      'ivan@example.com', // instructor
      'cara@example.com', // candidate
      'nobody-at-all@example.com', // no account
    ]
    for (const role of ['candidate', 'mentor']) {
      const cohort = await newCohort()
      const answers = await Promise.all(emails.map((email) => invite(cohort, email, role)))
      // Status and body are identical but for the email itself.
      const shapes = answers.map((a, i) => [a.status, a.text.replace(emails[i] ?? '', 'EMAIL')])
      expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1)
      expect(shapes[0]?.[0]).toBe(201)
    }
    const cohort = await newCohort()
    expect(
      json<{ invitation: unknown }>((await invite(cohort, 'x@example.com', 'mentor')).text),
    ).toEqual({ invitation: { email: 'x@example.com', role: 'mentor', status: 'pending' } })
  })

  it('shows nobody the sessions of an invitee until they accept, and only from then on', async () => {
    const cohort = await newCohort()
    await invite(cohort, 'cara@example.com', 'candidate')
    await invite(cohort, 'mona@example.com', 'mentor')
    const beforeAnyone = await startSession()
    // Pending on both sides: neither the mentor nor the instructor sees anything.
    expect(await canSee(mona, beforeAnyone)).toBe(false)
    expect(await canSee(ines, beforeAnyone)).toBe(false)

    const monaInbox = await inbox(mona)
    expect(monaInbox.invitations.map((i) => i.role)).toEqual(['mentor'])
    expect(
      (await call('POST', `/api/invitations/${monaInbox.invitations[0]?.id}/accept`, mona.cookie))
        .status,
    ).toBe(200)
    const whileCandidatePending = await startSession()
    expect(await canSee(mona, whileCandidatePending)).toBe(false)

    const caraInbox = await inbox(cara)
    const caraInvitation = caraInbox.invitations[0]?.id ?? ''
    // Someone else's invitation cannot be answered for them.
    expect(
      (await call('POST', `/api/invitations/${caraInvitation}/accept`, mona.cookie)).status,
    ).toBe(404)
    expect(
      (await call('POST', `/api/invitations/${caraInvitation}/accept`, cara.cookie)).status,
    ).toBe(200)
    expect(
      (await call('POST', `/api/invitations/${caraInvitation}/accept`, cara.cookie)).status,
    ).toBe(404)
    const afterConsent = await startSession()
    expect(await canSee(mona, afterConsent)).toBe(true)
    expect(await canSee(ines, afterConsent)).toBe(true)
    // What was started before the candidate said yes stays theirs.
    expect(await canSee(mona, whileCandidatePending)).toBe(false)
    expect((await inbox(cara)).memberships.map((m) => m.cohortId)).toEqual([cohort])

    // Leaving ends it at once, for the mentor and the instructor alike.
    expect(
      (await call('DELETE', `/api/invitations/memberships/${cohort}`, cara.cookie)).status,
    ).toBe(200)
    expect(await canSee(mona, afterConsent)).toBe(false)
    expect(await canSee(ines, afterConsent)).toBe(false)
    expect(
      (await call('DELETE', `/api/invitations/memberships/${cohort}`, cara.cookie)).status,
    ).toBe(404)
    const cohorts = json<{
      cohorts: { id: string; invitations: { email: string; status: string }[] }[]
    }>((await call('GET', '/api/cohorts', ines.cookie)).text).cohorts
    expect(cohorts.find((c) => c.id === cohort)?.invitations).toEqual([
      expect.objectContaining({ email: 'cara@example.com', status: 'left' }),
    ])
  })

  it('a declined invitation gives nothing, and an admin or instructor invited is not enrolled', async () => {
    const cohort = await newCohort()
    await invite(cohort, 'mona@example.com', 'mentor')
    await invite(cohort, 'root@example.com', 'candidate')
    await invite(cohort, 'ivan@example.com', 'candidate')
    const monaInvitation = (await inbox(mona)).invitations.find((i) => i.role === 'mentor')
    await call('POST', `/api/invitations/${monaInvitation?.id}/accept`, mona.cookie)
    // The admin declines; the other instructor ignores it. Neither one's sessions show.
    const adminInvitation = (await inbox(admin)).invitations[0]?.id ?? ''
    expect(
      (await call('POST', `/api/invitations/${adminInvitation}/decline`, admin.cookie)).status,
    ).toBe(200)
    const adminSession = await startSession(admin.cookie)
    const ivanSession = await startSession(ivan.cookie)
    expect(await canSee(mona, adminSession)).toBe(false)
    expect(await canSee(mona, ivanSession)).toBe(false)
    expect(await canSee(ines, ivanSession)).toBe(false)
    expect((await inbox(admin)).invitations.map((i) => i.id)).not.toContain(adminInvitation)
  })

  it('an instructor demoted to mentor loses review of the cohorts they created', async () => {
    const cohort = await newCohort(ivan.cookie)
    await invite(cohort, 'cara@example.com', 'candidate', ivan.cookie)
    const invitation = (await inbox(cara)).invitations.find((i) => i.cohortName === 'C')
    await call('POST', `/api/invitations/${invitation?.id}/accept`, cara.cookie)
    const session = await startSession()
    expect(await canSee(ivan, session)).toBe(true)
    await call('PUT', `/api/admin/users/${ivan.id}/role`, admin.cookie, { role: 'mentor' })
    expect(await canSee(ivan, session)).toBe(false)
    const queue = json<{ sessions: { id: string }[] }>(
      (await call('GET', '/api/review/sessions', ivan.cookie)).text,
    ).sessions
    expect(queue.map((s) => s.id)).not.toContain(session)
    // Back to instructor, back to the cohort they run.
    await call('PUT', `/api/admin/users/${ivan.id}/role`, admin.cookie, { role: 'instructor' })
    expect(await canSee(ivan, session)).toBe(true)
  })
})
