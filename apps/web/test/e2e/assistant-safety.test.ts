// A hostile assistant reply in a real browser: the server runs the Anthropic provider against the
// local Messages API stand-in, which answers with <script>, an onerror image and javascript: links.
// Nothing may execute, and the text shows as text.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from '../../../server/test/helpers/messages-api-standin.ts'
import { hasChromium, launchBrowser, snap } from '../helpers/browser.ts'
import { ensureWebBuild, startServer, type ServerHandle } from '../helpers/server.ts'

const HOSTILE = [
  'Here is a hint. <script>window.__pwned = "script"</script>\n\n',
  'Try [this link](javascript:window.__pwned="link") or ',
  '<a href="javascript:window.__pwned=\'raw-link\'">that one</a>.\n\n',
  '<img src="x" onerror="window.__pwned=\'img\'">\n\n',
  '```python\nprint("<b>not bold</b>")\n```\n',
]

describe.skipIf(!hasChromium())('assistant replies in the browser', () => {
  let standin: MessagesApiStandin
  let server: ServerHandle
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ensureWebBuild()
    standin = await startMessagesApiStandin([standinReplies.text(HOSTILE, { tokenDelayMs: 20 })])
    server = await startServer({
      ANTHROPIC_API_KEY: 'sk-e2e-test',
      ANTHROPIC_BASE_URL: standin.baseURL,
    })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await server?.cleanUp()
    await standin?.close()
  })

  test('render Markdown safely: no script runs, no javascript: link survives', async () => {
    await page.goto(`${server.url}/signup`)
    await page.getByLabel('Name').fill('Eve Tester')
    await page.getByLabel('Email').fill(`eve-${Date.now()}@example.com`)
    await page.getByLabel('Password').fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByRole('button', { name: /^Account:/ }).waitFor()
    await page.goto(`${server.url}/problems/ndcg-at-k`)
    await page.getByRole('button', { name: 'Start' }).click()
    await page.waitForURL(/\/sessions\//)

    await page.getByLabel('Message the assistant').fill('Give me a hint')
    await page.getByRole('button', { name: 'Send' }).click()
    await page.locator('[role="log"][aria-busy="false"]').waitFor({ timeout: 30_000 })
    const reply = page.getByTestId('assistant-reply').last()
    await expect.poll(() => reply.textContent(), { timeout: 30_000 }).toContain('that one')
    await snap(page, 'assistant-hostile-reply')

    // The provider is the Anthropic one, and the reply shows its raw HTML as text.
    expect(await page.getByText('Anthropic', { exact: false }).count()).toBeGreaterThan(0)
    expect(await reply.textContent()).toContain('<script>')
    expect(await reply.locator('script, img').count()).toBe(0)
    const hrefs = await reply
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.every((h) => !/^\s*javascript:/i.test(h))).toBe(true)
    for (const link of await reply.locator('a').all())
      await link.click({ trial: false }).catch(() => undefined)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined()
    expect(await reply.locator('pre code').textContent()).toContain('<b>not bold</b>')
    // The request that reached the Messages API carried the problem and the question.
    expect(standin.requests.at(-1)?.rawBody).toContain('Give me a hint')
  }, 120_000)
})
