// A cold first load in a real browser: a fresh browser (nothing cached) opens a problem, presses
// Start and types into the editor. The scripts arrive brotli-compressed and marked immutable, the
// page itself is revalidated, and a second visit takes the hashed files from the browser's cache.
// Timing is the cold-load benchmark's business (`pnpm bench cold-load`), not this test's.
import type { Browser, BrowserContext, CDPSession } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { editorText, hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, startServer } from '../helpers/server.ts'
import type { ServerHandle } from '../helpers/server.ts'

interface Seen {
  path: string
  status: number
  headers: Record<string, string>
  /** Served by the browser's cache, without asking the server. */
  fromCache: boolean
}

/** Every response the page's network saw, with its headers, and whether the cache served it. */
async function watchNetwork(cdp: CDPSession): Promise<() => Seen[]> {
  const seen = new Map<string, Seen>()
  await cdp.send('Network.enable')
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    seen.set(requestId, {
      path: new URL(request.url).pathname,
      status: 0,
      headers: {},
      fromCache: false,
    })
  })
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const entry = seen.get(requestId)
    if (entry) entry.fromCache = true
  })
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = seen.get(requestId)
    if (!entry) return
    entry.status = response.status
    entry.headers = Object.fromEntries(
      Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    )
    if (response.fromDiskCache) entry.fromCache = true
  })
  return () => [...seen.values()]
}

describe.skipIf(!hasChromium())('a cold first load of the workspace', () => {
  let server: ServerHandle
  let browser: Browser
  let context: BrowserContext
  let cookie = ''

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer()
    browser = await launchBrowser()
    const response = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({
        email: `cold-${Date.now()}@example.com`,
        password: 'correct horse battery',
        name: 'Cora Cold',
      }),
    })
    expect(response.status).toBe(201)
    cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const [name, ...value] = cookie.split('=')
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.url }])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.cleanUp()
  })

  test('brotli scripts, immutable hashed files, a revalidated page, an editable editor', async () => {
    const page = await context.newPage()
    const errors = watchConsole(page)
    const network = await watchNetwork(await context.newCDPSession(page))

    await page.goto(`${server.url}/problems/ndcg-at-k`)
    await page.getByRole('button', { name: 'Start' }).click()
    await page.waitForURL(/\/sessions\//)
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('# typed on a cold load')
    await expect.poll(() => editorText(page)).toContain('# typed on a cold load')
    await expect.poll(() => page.getByTestId('save-indicator').textContent()).toContain('Saved')
    await snap(page, 'cold-load-editable')
    // (A worker's own script answers in the worker, where this session does not see it.)
    const seen = network().filter((r) => r.status > 0)

    const page1 = seen.find((r) => r.path === '/problems/ndcg-at-k')
    expect(page1?.headers['cache-control']).toBe('no-cache')
    expect(page1?.headers['content-encoding']).toBe('br')
    expect(page1?.headers['etag']).toBeTruthy()

    const scripts = seen.filter((r) => r.path.startsWith('/assets/') && r.path.endsWith('.js'))
    const names = scripts.map((r) => r.path)
    // Monaco's core and our editor module, the largest files on the way to the editor.
    expect(names.some((p) => p.includes('/editor.api-'))).toBe(true)
    expect(names.some((p) => /\/monaco-[\w-]+\.js$/.test(p))).toBe(true)
    for (const script of scripts) {
      expect(script.status, script.path).toBe(200)
      expect(script.headers['content-type'], script.path).toMatch(/^text\/javascript/)
      expect(script.headers['cache-control'], script.path).toBe(
        'public, max-age=31536000, immutable',
      )
      if (script.headers['content-encoding'])
        expect(script.headers['vary'], script.path).toBe('Accept-Encoding')
    }
    // Every script big enough to gain from it comes compressed; the Monaco core is brotli.
    const core = scripts.find((r) => r.path.includes('/editor.api-'))
    expect(core?.headers['content-encoding']).toBe('br')
    expect(Number(core?.headers['content-length'])).toBeLessThan(1_000_000)
    // Only files too small to gain (under 512 bytes) come as they are.
    for (const script of scripts.filter((r) => !r.headers['content-encoding']))
      expect(Number(script.headers['content-length']), script.path).toBeLessThan(512)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  test('a second visit takes the hashed files from the cache and asks only for the page', async () => {
    const page = await context.newPage()
    const network = await watchNetwork(await context.newCDPSession(page))
    await page.goto(`${server.url}/problems/ndcg-at-k`)
    await page.getByRole('button', { name: 'Start' }).waitFor()
    const seen = network()
    const assets = seen.filter((r) => r.path.startsWith('/assets/'))
    expect(assets.length).toBeGreaterThan(0)
    expect(assets.filter((r) => !r.fromCache).map((r) => r.path)).toEqual([])
    // The page is revalidated each time: the server answers it, at most with 304.
    const document = seen.find((r) => r.path === '/problems/ndcg-at-k')
    expect(document?.fromCache).toBe(false)
    await page.close()
  }, 60_000)
})
