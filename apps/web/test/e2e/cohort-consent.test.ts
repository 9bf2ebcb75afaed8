// Cohort membership by consent in a real browser: an instructor invites, the candidate and the
// mentor accept on My practice, the mentor sees the candidate's new session; the candidate
// leaves, and the mentor no longer sees it.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, startServer, type ServerHandle } from '../helpers/server.ts'
import { type Account, signUp } from '../helpers/accounts.ts'

async function api(base: string, path: string, cookie: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie,
      origin: base,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return JSON.parse(text) as Record<string, unknown>
}

describe.skipIf(!hasChromium())('cohort consent in a browser', () => {
  let server: ServerHandle
  let browser: Browser
  const contexts: BrowserContext[] = []
  const logs: string[][] = []
  let instructor: Account
  let mentor: Account
  let candidate: Account

  const pageAs = async (account: Account): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    contexts.push(context)
    const [name, ...value] = account.cookie.split('=')
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.url }])
    const page = await context.newPage()
    logs.push(watchConsole(page))
    return page
  }

  const startSession = async () => {
    const started = await api(server.url, '/api/sessions', candidate.cookie, 'POST', {
      problemSlug: 'ndcg-at-k',
      language: 'python',
    })
    return (started.session as { id: string }).id
  }

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer()
    browser = await launchBrowser()
    const admin = await signUp(server.url, 'Ada Admin')
    instructor = await signUp(server.url, 'Ivo Instructor')
    mentor = await signUp(server.url, 'Mia Mentor')
    candidate = await signUp(server.url, 'Cara Candidate')
    for (const [account, role] of [
      [instructor, 'instructor'],
      [mentor, 'mentor'],
    ] as const) {
      await api(server.url, `/api/admin/users/${account.id}/role`, admin.cookie, 'PUT', { role })
    }
  }, 180_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await server?.cleanUp()
  })

  test('invite, accept, review a new session; leave, and it is gone', async () => {
    // The instructor invites both by email on the authoring page.
    const author = await pageAs(instructor)
    await author.goto(`${server.url}/author`)
    await author.getByLabel('Cohort name').fill('Winter cohort')
    await author.getByRole('button', { name: 'Create cohort' }).click()
    const form = author.getByRole('form', { name: 'Invite to Winter cohort' })
    for (const [account, role] of [
      [candidate, 'candidate'],
      [mentor, 'mentor'],
    ] as const) {
      await form.getByLabel('Member email').fill(account.email)
      await form.getByLabel('Role').selectOption(role)
      await form.getByRole('button', { name: 'Invite' }).click()
      await author
        .getByRole('list', { name: 'Invitations to Winter cohort' })
        .getByText(account.email)
        .waitFor()
    }
    await snap(author, 'cohort-01-invited', true)

    // Before anyone accepts, a session of the candidate is nobody's to review.
    const early = await startSession()

    // The mentor accepts on My practice, reached from the navigation.
    const mentorPage = await pageAs(mentor)
    await mentorPage.goto(server.url)
    await mentorPage.getByRole('link', { name: 'My practice' }).click()
    await mentorPage.getByRole('button', { name: 'Accept the invitation to Winter cohort' }).click()
    await mentorPage
      .getByRole('list', { name: 'Your cohorts' })
      .getByText('Winter cohort')
      .waitFor()

    // The candidate sees the notice, what accepting means, and accepts.
    const candidatePage = await pageAs(candidate)
    await candidatePage.goto(server.url)
    await candidatePage.getByRole('link', { name: 'My practice' }).click()
    const invitations = candidatePage.getByRole('list', { name: 'Cohort invitations' })
    await invitations
      .getByText(/Ivo Instructor invites you to Winter cohort as a candidate/)
      .waitFor()
    await snap(candidatePage, 'cohort-02-candidate-invitation')
    await candidatePage
      .getByRole('button', { name: 'Accept the invitation to Winter cohort' })
      .click()
    await candidatePage
      .getByRole('list', { name: 'Your cohorts' })
      .getByText('Winter cohort')
      .waitFor()
    expect(await invitations.count()).toBe(0)
    await snap(candidatePage, 'cohort-03-candidate-member')

    // A session started now shows in the mentor's review queue; the early one does not.
    const later = await startSession()
    await mentorPage.goto(`${server.url}/review`)
    const replay = mentorPage.getByRole('link', {
      name: "Replay Cara Candidate's session on NDCG@k for a ranked feed",
    })
    await replay.first().waitFor()
    const hrefs = await replay.evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(hrefs).toEqual([`/review/sessions/${later}`])
    expect(hrefs).not.toContain(`/review/sessions/${early}`)
    await snap(mentorPage, 'cohort-04-mentor-queue')

    // The candidate leaves; the mentor's queue no longer holds the session.
    await candidatePage.getByRole('button', { name: 'Leave Winter cohort' }).click()
    await candidatePage.getByRole('list', { name: 'Your cohorts' }).waitFor({ state: 'detached' })
    await snap(candidatePage, 'cohort-05-candidate-left')
    await mentorPage.reload()
    await mentorPage.getByRole('heading', { level: 1 }).waitFor()
    await mentorPage.waitForLoadState('networkidle')
    expect(await replay.count()).toBe(0)
    const direct = await fetch(`${server.url}/api/sessions/${later}/transcript`, {
      headers: { cookie: mentor.cookie },
    })
    expect(direct.status).toBe(404)
    await snap(mentorPage, 'cohort-06-mentor-queue-after-leave')
    expect(logs.flat().filter((line) => !/favicon/.test(line))).toEqual([])
  }, 120_000)
})
