// Mentors and instructors in a real browser against the real server: an instructor builds a
// cohort and derives a problem set from a posting; a mentor replays a candidate's session,
// comments on a line and overrides the score; the candidate sees the comment and shares the
// session; an instructor writes, validates and publishes a problem and reads the calibration.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { editorText, hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, startServer } from '../helpers/server.ts'
import type { ServerHandle } from '../helpers/server.ts'
import { type Account, signUp } from '../helpers/accounts.ts'

const PROBLEM = 'ndcg-at-k'
const DRAFT = `import math

def ndcg_at_k(relevances, k):
    return 0.0
`
const SOLUTION = `import math

def dcg(labels, k):
    return sum((2 ** rel - 1) / math.log2(i + 2) for i, rel in enumerate(labels[:k]))

def ndcg_at_k(relevances: list[int], k: int) -> float:
    ideal = dcg(sorted(relevances, reverse=True), k)
    return dcg(relevances, k) / ideal if ideal > 0 else 0.0
`
const EXPLANATION =
  'I compute DCG@k with exponential gain and a log2 position discount, and divide it by the DCG@k of the ideal ordering. Sorting makes it O(n log n). When nothing is relevant the ideal DCG is zero, so I return 0.0.'
const POSTING = `Senior Machine Learning Engineer, Search <script>window.__posted = true</script>
You will build learning to rank models for our search engine and improve NDCG on every query.
Experience with embeddings, nearest neighbour retrieval and BM25 <b>is required</b>.
You will design A/B tests to measure the impact of ranking changes on engagement.
We value clear written communication and strong Python skills.`

/** A JSON call as one user: the session cookie, and the Origin the CSRF check expects. */
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
  return text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : { text }
}

describe.skipIf(!hasChromium())('mentor and instructor pages in a browser', () => {
  let server: ServerHandle
  let browser: Browser
  const contexts: BrowserContext[] = []
  let instructor: Account
  let mentor: Account
  let outsider: Account
  let candidate: Account
  let sessionId = ''
  const consoleLogs: string[][] = []

  /** A page signed in as the account (its cookie in a fresh context). */
  const pageAs = async (account: Account): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    contexts.push(context)
    const [name, ...value] = account.cookie.split('=')
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.url }])
    const page = await context.newPage()
    const log = watchConsole(page)
    consoleLogs.push(log)
    page.on('dialog', (dialog) => {
      log.push(`unexpected dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    return page
  }

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer()
    browser = await launchBrowser()
    const base = server.url
    // The first account on a fresh database is the admin, who grants the other roles.
    const admin = await signUp(base, 'Ada Admin')
    instructor = await signUp(base, 'Ivo Instructor')
    mentor = await signUp(base, 'Mia Mentor')
    outsider = await signUp(base, 'Otto Outsider')
    candidate = await signUp(base, 'Cara Candidate')
    for (const [account, role] of [
      [instructor, 'instructor'],
      [mentor, 'mentor'],
      [outsider, 'mentor'],
    ] as const) {
      await api(base, `/api/admin/users/${account.id}/role`, admin.cookie, 'PUT', { role })
    }

    // Cohort reviewers see the sessions started after the candidate joined, so the candidate
    // and the mentor join a cohort first.
    const cohort = (await api(base, '/api/cohorts', instructor.cookie, 'POST', {
      name: 'Autumn cohort',
    })) as { cohort: { id: string } }
    for (const [account, role] of [
      [candidate, 'candidate'],
      [mentor, 'mentor'],
    ] as const) {
      await api(base, `/api/cohorts/${cohort.cohort.id}/members`, instructor.cookie, 'POST', {
        email: account.email,
        role,
      })
      // Membership needs the member's consent (cohort-consent.test.ts walks it in the browser).
      const inbox = (await api(base, '/api/invitations', account.cookie)) as {
        invitations: { id: string }[]
      }
      for (const invitation of inbox.invitations) {
        await api(base, `/api/invitations/${invitation.id}/accept`, account.cookie, 'POST')
      }
    }

    // The candidate's session: a draft, a failing run, the solution, a submit, the assistant,
    // an explanation and a score.
    const c = candidate.cookie
    const started = await api(base, '/api/sessions', c, 'POST', {
      problemSlug: PROBLEM,
      language: 'python',
    })
    const session = started.session as { id: string; rev: number }
    sessionId = session.id
    const path = `/api/sessions/${sessionId}`
    await api(base, `${path}/code`, c, 'PUT', { code: DRAFT, rev: session.rev + 1 })
    await api(base, `${path}/runs`, c, 'POST', { mode: 'run' })
    await api(base, `${path}/code`, c, 'PUT', { code: SOLUTION, rev: session.rev + 2 })
    await api(base, `${path}/runs`, c, 'POST', { mode: 'submit' })
    await api(base, `${path}/assistant`, c, 'POST', { message: 'Which edge cases matter?' })
    await api(base, `${path}/explanation`, c, 'PUT', { text: EXPLANATION })
    await api(base, `${path}/score`, c, 'POST', {})
  }, 180_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await server?.cleanUp()
  })

  test('an instructor builds a cohort, derives a set from a posting and publishes it', async () => {
    const page = await pageAs(instructor)
    await page.goto(`${server.url}/author`)
    await page.getByRole('link', { name: 'Author' }).waitFor()
    await expect(page.getByRole('link', { name: 'Calibration' }).count()).resolves.toBe(1)

    await page.getByLabel('Cohort name').fill('Spring mentoring')
    await page.getByRole('button', { name: 'Create cohort' }).click()
    const addForm = page.getByRole('form', { name: 'Invite to Spring mentoring' })
    // An email without an account is invited exactly alike: the answer tells nothing about it.
    for (const [email, role] of [
      [candidate.email, 'candidate'],
      [mentor.email, 'mentor'],
      ['nobody@example.com', 'candidate'],
    ] as const) {
      await addForm.getByLabel('Member email').fill(email)
      await addForm.getByLabel('Role').selectOption(role)
      await addForm.getByRole('button', { name: 'Invite' }).click()
      await page
        .getByRole('list', { name: 'Invitations to Spring mentoring' })
        .getByText(email)
        .waitFor()
    }
    await snap(page, 'review-01-author-home', true)

    await page.getByRole('link', { name: 'Derive a set from a job posting' }).click()
    await page.getByLabel('Title (optional)').fill('Search ML engineer')
    await page.getByLabel('Job posting').fill(POSTING)
    await page.getByRole('button', { name: 'Derive' }).click()
    const requirements = page.getByTestId('requirement')
    await requirements.first().waitFor()
    const areas = await page.locator('.requirement__area').allTextContents()
    expect(areas).toEqual(expect.arrayContaining(['Ranking', 'Retrieval & embeddings']))
    // The posting's markup is text: nothing of it is rendered or run.
    const evidence = (await page.locator('.requirements').textContent()) ?? ''
    expect(evidence).toContain('<b>is required</b>')
    expect(await page.locator('.posting-result b, .posting-result script').count()).toBe(0)
    expect(await page.evaluate(() => '__posted' in window)).toBe(false)
    await page.getByRole('heading', { name: 'Suggested problems' }).waitFor()
    await snap(page, 'review-02-posting-derived', true)

    await page.getByRole('button', { name: 'Create problem set' }).click()
    // The set opens as candidates will see it, with a way back to publishing while it is a draft.
    await page.getByRole('link', { name: 'Open the problem set' }).click()
    await page.waitForURL(/\/sets\/[^/]+$/)
    await page.getByRole('heading', { name: 'Search ML engineer' }).waitFor()
    await page.getByRole('link', { name: 'Publish it on the Author page' }).click()
    await page.waitForURL(/\/author\?set=/)
    const set = page.getByRole('listitem', { name: 'Search ML engineer' })
    await set.waitFor()
    expect(await set.locator('.set-problems li').count()).toBeGreaterThan(0)
    await set.getByRole('button', { name: 'Publish Search ML engineer' }).click()
    await set.getByText('published', { exact: true }).waitFor()
    await snap(page, 'review-03-set-published')
  }, 120_000)

  test('a mentor replays the session, comments on a line and overrides the score', async () => {
    const page = await pageAs(mentor)
    await page.goto(`${server.url}/review`)
    await page.getByRole('link', { name: 'Review', exact: true }).waitFor()
    expect(await page.getByRole('link', { name: 'Author' }).count()).toBe(0)
    const replay = page.getByRole('link', { name: /Replay Cara Candidate's session/ })
    await replay.waitFor()
    // The filters live in the URL, and a candidate that does not match empties the queue.
    await page.getByLabel('Candidate', { exact: true }).fill('nobody-like-this')
    await page.waitForURL(/candidate=nobody-like-this/)
    await page.getByText('Nothing to review').waitFor()
    await page.getByLabel('Candidate', { exact: true }).fill('cara')
    await replay.waitFor()
    await page.getByLabel('Not yet reviewed').check()
    await page.waitForURL(/unreviewed=true/)
    await replay.waitFor()
    await snap(page, 'review-04-queue')
    await replay.click()

    await page.waitForURL(/\/review\/sessions\//)
    await page.locator('.code-moment .monaco-editor .view-lines').waitFor()
    await expect.poll(() => editorText(page)).toBe(SOLUTION.trimEnd() + '\n')

    // Scrub with the keyboard: Home is the start, where the code is the starter.
    const scrubber = page.getByRole('slider', { name: 'Moment in the session' })
    await scrubber.focus()
    await page.keyboard.press('Home')
    await expect
      .poll(() => page.getByTestId('moment-label').textContent())
      .toMatch(/^1 of \d+: Session started/)
    await expect.poll(() => editorText(page)).toContain('raise NotImplementedError')
    const starter = await editorText(page)
    // The next moment is the first save: the draft, with its new lines marked.
    await page.getByRole('button', { name: 'Next moment →' }).click()
    await expect.poll(() => editorText(page)).toContain('return 0.0')
    expect(await editorText(page)).not.toBe(starter)
    // Every added line is marked (the draft is short, so all of it is on screen), and counted.
    const counted = (await page.getByTestId('code-change').textContent()) ?? ''
    expect(counted).toMatch(/^\+\d+ \/ −\d+ lines/)
    const added = Number(/^\+(\d+)/.exec(counted)?.[1])
    expect(added).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.code-moment .line-changed').count()).toBe(added)
    await scrubber.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByTestId('moment-label').textContent()).toMatch(/^3 of/)
    await page.getByRole('button', { name: /Go to moment 5: Submit/ }).click()
    await expect.poll(() => editorText(page)).toBe(SOLUTION.trimEnd() + '\n')
    await snap(page, 'review-05-replay-scrubbed')

    // Typing, deleting and pasting do nothing: the code is read-only.
    const code = page.getByRole('textbox', { name: 'Code at the selected moment (read-only)' })
    await page.locator('.code-moment .view-lines').click()
    await page.keyboard.type('oops')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Delete')
    await code.evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'pasted')
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
    })
    expect(await editorText(page)).toBe(SOLUTION.trimEnd() + '\n')

    // Click line 5, pin a comment to it at this moment; the line is marked as pinned.
    await page.locator('.code-moment .line-numbers', { hasText: /^5$/ }).click()
    await expect.poll(() => page.getByTestId('comment-pin').textContent()).toContain('line 5')
    await expect.poll(() => page.locator('.code-moment .line-pinned').count()).toBe(1)
    // Enter picks the cursor's line, so a keyboard user can pin one too.
    await page.keyboard.press('ControlOrMeta+Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('comment-pin').textContent()).toContain('line 3')
    expect(await editorText(page)).toBe(SOLUTION.trimEnd() + '\n')
    await page.locator('.code-moment .line-numbers', { hasText: /^5$/ }).click()
    await expect.poll(() => page.getByTestId('comment-pin').textContent()).toContain('line 5')
    await page
      .getByLabel('Comment', { exact: true })
      .fill('The ideal DCG should only use the top k labels.')
    await page.getByRole('button', { name: 'Add comment' }).click()
    const pinned = page.getByRole('region', { name: 'Comments at this moment' })
    await pinned.getByText('The ideal DCG should only use the top k labels.').waitFor()
    expect(await pinned.textContent()).toContain('line 5')

    // The mentor reads the score in plain words: the parts and weights behind the total, and no
    // raw booleans, "0/0" or internal codes. The candidate asked the assistant once, so the
    // collaboration part is assessed (score-card.test.ts shows the not-assessed line).
    const review = page.locator('.review-score')
    await review.getByRole('table', { name: 'How the total is made' }).waitFor()
    const reviewText = (await review.textContent()) ?? ''
    expect(reviewText).toContain('AI collaboration')
    expect(reviewText).toContain('You sent 1 message to the assistant')
    expect(await review.getByTestId('not-assessed').count()).toBe(0)
    expect(reviewText).not.toMatch(/\b0\/0\b|: (?:true|false)\b|judge_|\*\*/)

    // Override: the reason is required; the automatic score stays beside the mentor's.
    const automatic = (await page.getByTestId('automatic-total').textContent()) ?? ''
    await page.getByLabel('Corrected total').fill('85')
    await page.getByLabel('Reason').fill('too short')
    await page.getByRole('button', { name: 'Override score' }).click()
    await page.getByText('Give a reason of at least 10 characters.').waitFor()
    await page
      .getByLabel('Reason')
      .fill('The explanation covers the edge cases the rubric misses; correct and well argued.')
    // One criterion corrected too, on its own scale: past its maximum is refused first.
    const edgeCases = page.getByRole('textbox', { name: 'Edge cases', exact: true })
    const scale =
      (await page.locator('#override-criterion-edge-cases-automatic').textContent()) ?? ''
    const edgeMax = Number(/^of ([\d.]+)/.exec(scale)?.[1])
    expect(edgeMax).toBeGreaterThan(0)
    await edgeCases.fill(String(edgeMax + 1))
    await page.getByRole('button', { name: 'Override score' }).click()
    await page
      .getByText(`Edge cases: give points from 0 to ${edgeMax}, or leave it empty.`)
      .waitFor()
    expect(await page.getByTestId('mentor-total').count()).toBe(0)
    await edgeCases.fill(String(edgeMax))
    await page.getByRole('button', { name: 'Override score' }).click()
    await expect.poll(() => page.getByTestId('mentor-total').textContent()).toContain('85')
    expect(await page.getByTestId('automatic-total').textContent()).toBe(automatic)
    // The history shows the mentor's criterion points beside the automatic ones.
    const corrected = page.getByRole('table', { name: 'Criteria Mia Mentor corrected' })
    const row = corrected.getByRole('row', { name: /Edge cases/ })
    await expect.poll(() => row.textContent()).toContain(`${edgeMax}/${edgeMax}`)
    expect(await corrected.getByRole('row').count()).toBe(2)
    expect(await edgeCases.inputValue()).toBe('')
    await page.getByTestId('mentor-total').scrollIntoViewIfNeeded()
    await snap(page, 'review-06-commented-overridden', true)
  }, 120_000)

  test('the candidate sees the comment, and a shared link opens the replay for a mentor', async () => {
    const page = await pageAs(candidate)
    await page.goto(`${server.url}/review/sessions/${sessionId}`)
    const comments = page.getByRole('region', { name: 'Mentor comments' })
    await comments.getByText('The ideal DCG should only use the top k labels.').waitFor()
    expect(await comments.textContent()).toMatch(/Mia Mentor.*line 5/)
    expect(await page.getByRole('button', { name: 'Override score' }).count()).toBe(0)
    expect(await page.getByLabel('Comment', { exact: true }).count()).toBe(0)

    await page.getByRole('button', { name: 'Share with a mentor' }).click()
    const link = await page.getByLabel('Share link').inputValue()
    expect(link).toMatch(/\/review\/share\/[\w-]+$/)
    await comments.scrollIntoViewIfNeeded()
    await snap(page, 'review-07-candidate-comments')

    // A mentor outside the cohort cannot see the session until they open the link.
    const other = await pageAs(outsider)
    await other.goto(`${server.url}/review`)
    await other.getByText('Nothing to review').waitFor()
    await other.goto(link)
    await other.waitForURL(new RegExp(`/review/sessions/${sessionId}`))
    await other.locator('.code-moment .monaco-editor .view-lines').waitFor()
  }, 120_000)

  test('an instructor writes, validates and publishes a problem, and reads the calibration', async () => {
    const page = await pageAs(instructor)
    await page.goto(`${server.url}/author/problems/new`)
    await page.locator('.author-code .monaco-editor .view-lines').waitFor()
    await page
      .getByRole('region', { name: 'Statement preview' })
      .locator('.katex')
      .first()
      .waitFor()
    await page.getByLabel('Slug').fill('precision-at-k-e2e')
    await page.getByRole('button', { name: 'Create draft' }).click()
    await page.waitForURL(/\/author\/problems\/precision-at-k-e2e$/)
    const publish = page.getByRole('button', { name: 'Publish' })
    expect(await publish.isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Validate' }).click()
    const result = page.getByTestId('validation-result')
    await result.getByText(/Validation passed/).waitFor({ timeout: 60_000 })
    await snap(page, 'review-08-problem-validated')
    await publish.click()
    await page.getByText(/Published: the problem is in the catalog/).waitFor()

    // A rubric whose weights do not sum to 1 is flagged as it is typed.
    const rubric = page.getByLabel('rubric.json')
    await rubric.fill((await rubric.inputValue()).replace('"weight": 0.6', '"weight": 0.7'))
    await page.getByText('Weights sum to 1.1, not 1.').waitFor()

    await page.goto(`${server.url}/review/calibration`)
    const byProblem = page.getByRole('table', { name: 'By problem' })
    await byProblem.getByText('NDCG@k for a ranked feed').waitFor()
    expect(await page.locator('.calibration-chart__dot').count()).toBe(1)
    // Only the criterion the mentor corrected has a row, with the one override behind it.
    const byCriterion = page.getByRole('table', { name: 'By criterion' })
    const edgeRow = byCriterion.getByRole('row', { name: /^Edge cases/ })
    await edgeRow.waitFor()
    expect(await edgeRow.getByRole('cell').first().textContent()).toBe('1')
    expect(await byCriterion.locator('tbody tr').count()).toBe(1)
    await snap(page, 'review-09-calibration')
    expect(consoleLogs.flat().filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  }, 120_000)
})
