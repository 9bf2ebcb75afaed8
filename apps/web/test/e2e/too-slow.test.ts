// A quadratic solution submitted in a real browser: every smaller case passes and the large
// hidden one runs out of time, so the results panel says "Correct output, too slow" and names
// the case and the complexity the problem asks for, not a bare time limit.
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, REPO_ROOT, startServer, type ServerHandle } from '../helpers/server.ts'
import { signedInContext, signUp } from '../helpers/accounts.ts'

const PROBLEMS = path.join(REPO_ROOT, 'apps/server/test/fixtures/too-slow')

const QUADRATIC = `def count_pairs(values, target):
    pairs = 0
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                pairs += 1
    return pairs
`

describe.skipIf(!hasChromium())('a correct but too slow submission in a browser', () => {
  let server: ServerHandle
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer({ PAIRWISE_PROBLEMS_DIR: PROBLEMS })
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.cleanUp()
  })

  test('the results panel says "Correct output, too slow" and why', async () => {
    const base = server.url
    const sam = await signUp(base, 'Sam')
    context = await signedInContext(browser, base, sam.cookie)
    const page = await context.newPage()
    const consoleErrors = watchConsole(page)

    // The quadratic code is saved into a new session, as the editor's autosave would.
    const started = await page.request.post(`${base}/api/sessions`, {
      headers: { origin: base },
      data: { problemSlug: 'pair-count', language: 'python' },
    })
    expect(started.status()).toBe(201)
    const { session } = (await started.json()) as { session: { id: string; rev: number } }
    const saved = await page.request.put(`${base}/api/sessions/${session.id}/code`, {
      headers: { origin: base },
      data: { code: QUADRATIC, rev: session.rev + 1 },
    })
    expect(saved.status()).toBe(200)

    await page.goto(`${base}/sessions/${session.id}`)
    await page.locator('.monaco-editor').first().waitFor()
    await page.getByRole('button', { name: 'Submit', exact: true }).click()
    const results = page.getByRole('region', { name: 'Results' })
    await results.getByText('Correct output, too slow').waitFor({ timeout: 60_000 })
    expect(await results.getByText('Time limit exceeded').count()).toBe(0)
    expect(await results.getByTestId('run-too-slow').textContent()).toBe(
      'Correct on every smaller case, but too slow on “large: 20,000 values”: the problem asks for O(n).',
    )
    const large = results.getByRole('listitem').filter({ hasText: 'large: 20,000 values' })
    expect(await large.textContent()).toMatch(/too slow/)
    expect(await large.textContent()).toMatch(/failed/)
    // Every other case passed, the small hidden one after the large one included.
    expect(await results.getByText('4/5 passed').count()).toBe(1)
    await snap(page, 'too-slow-01-results')
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  }, 180_000)
})
