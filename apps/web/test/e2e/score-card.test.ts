// The score card in a real browser: a candidate who solved a problem alone, with Markdown in the
// explanation, reads the parts and weights behind the total, which parts were not assessed and
// why, and plain words throughout (no raw booleans, no "0/0", no internal codes, no Markdown).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, startServer } from '../helpers/server.ts'
import type { ServerHandle } from '../helpers/server.ts'

const SOLUTION = `import math


def dcg(labels, k):
    return sum((2 ** rel - 1) / math.log2(i + 2) for i, rel in enumerate(labels[:k]))


def ndcg_at_k(relevances, k):
    ideal = dcg(sorted(relevances, reverse=True), k)
    return dcg(relevances, k) / ideal if ideal > 0 else 0.0
`

/** Markdown a candidate may well type: emphasis, code ticks, a list. */
const EXPLANATION = [
  '**Approach:** I compute `DCG@k` with gain 2^rel - 1 and a log2(i + 2) discount, then divide by the DCG@k of the ideal ordering, the labels sorted in descending order.',
  '- Sorting dominates, so it runs in *O(n log n)* time overall.',
  '- When nothing is relevant the ideal DCG is zero, so I return 0.0.',
  'I checked the examples of the statement by hand.',
].join('\n')

describe.skipIf(!hasChromium())('the score card in a browser', () => {
  let server: ServerHandle
  let browser: Browser
  let page: Page
  let consoleErrors: string[]

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer()
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    page = await context.newPage()
    consoleErrors = watchConsole(page)
    // Building the web app and starting the server take minutes on a loaded machine.
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.cleanUp()
  })

  test('says in plain words what counted, what was not assessed and why', async () => {
    await page.goto(`${server.url}/signup`)
    await page.getByLabel('Name').fill('Solo Candidate')
    await page.getByLabel('Email').fill(`solo-${Date.now()}@example.com`)
    await page.getByLabel('Password').fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByRole('button', { name: /^Account:/ }).waitFor()

    // The session is set up through the API as this user; the card is read in the page.
    const call = async (path: string, method: string, body?: unknown) => {
      const response = await page.request.fetch(`${server.url}${path}`, {
        method,
        headers: { origin: server.url, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { data: JSON.stringify(body) }),
      })
      expect(response.status(), `${method} ${path}`).toBeLessThan(300)
      return (await response.json()) as Record<string, unknown>
    }
    const { session } = (await call('/api/sessions', 'POST', {
      problemSlug: 'ndcg-at-k',
      language: 'python',
    })) as { session: { id: string; rev: number } }
    await call(`/api/sessions/${session.id}/code`, 'PUT', { code: SOLUTION, rev: session.rev + 1 })
    await call(`/api/sessions/${session.id}/explanation`, 'PUT', { text: EXPLANATION })

    await page.goto(`${server.url}/sessions/${session.id}`)
    await page.locator('.monaco-editor .view-lines').waitFor()
    await page.getByRole('tab', { name: 'Explanation' }).click()
    await page.getByRole('button', { name: 'Score my explanation' }).click()
    const card = page.getByTestId('score-card')
    await card.waitFor({ timeout: 120_000 })

    const parts = card.getByRole('table', { name: 'How the total is made' })
    await parts.waitFor()
    const rows = await parts.locator('tbody tr').allTextContents()
    expect(rows).toHaveLength(4)
    expect(rows.find((r) => r.startsWith('AI collaboration'))).toContain('not assessed')
    expect(rows.find((r) => r.startsWith('Explanation'))).toMatch(/\d+%/)
    const missing = (await card.getByTestId('not-assessed').textContent()) ?? ''
    expect(missing).toMatch(/^Not assessed: AI collaboration \(you did not use the assistant/)

    const text = (await card.textContent()) ?? ''
    expect(text).not.toMatch(/\b0\/0\b/)
    expect(text).not.toMatch(/\b(?:true|false)\b/)
    expect(text).not.toMatch(/judge_[a-z_]+/)
    expect(text).toContain('by the offline scorer')
    expect(text).not.toContain('llm-judge')
    // Quoted evidence reads as sentences, without the Markdown marks.
    const quotes = await card.locator('.score-evidence blockquote').allTextContents()
    expect(quotes.length).toBeGreaterThan(0)
    for (const quote of quotes) expect(quote).not.toMatch(/\*\*|`|^\s*[-*] /)
    expect(quotes.join(' ')).toContain('Approach: I compute DCG@k')

    await card.scrollIntoViewIfNeeded()
    await snap(page, 'score-card-01-top')
    await card.locator('.score-criteria').scrollIntoViewIfNeeded()
    await snap(page, 'score-card-02-criteria', true)
    // The signup page asks /me while signed out: that 401 is expected, nothing else is.
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([])
  }, 300_000)
})
