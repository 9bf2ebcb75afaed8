// A candidate whose account reaches its storage quota, in a real browser: the Account page shows
// what is used, a run is refused with a clear message, and the code typed before is kept.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { editorText, hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, REPO_ROOT, startServer, type ServerHandle } from '../helpers/server.ts'
import { signedInContext, signUp } from '../helpers/accounts.ts'

describe.skipIf(!hasChromium())('a storage quota in a browser', () => {
  let server: ServerHandle
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    ensureWebBuild()
    server = await startServer()
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.cleanUp()
  })

  test('a candidate over the quota sees it, a run is refused, and the code is kept', async () => {
    await signUp(server.url, 'Admin')
    const candidate = await signUp(server.url, 'Quinn')
    // An admin gives the account a 1 MB quota from the command line, beside the running server.
    const cli = spawnSync(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['apps/server/src/cli.ts', 'users', 'set-quota', '--email', candidate.email, '--mb', '1'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
        encoding: 'utf8',
      },
    )
    expect(cli.status, cli.stderr).toBe(0)

    context = await signedInContext(browser, server.url, candidate.cookie)
    const page = await context.newPage()
    const consoleErrors = watchConsole(page)

    await page.goto(`${server.url}/account`)
    const storage = page.getByRole('region', { name: 'Storage' })
    await storage.getByText(/of 1\.0 MB/).waitFor()
    expect(await storage.getByRole('meter', { name: 'Storage used' }).count()).toBe(1)

    // Start a session, then fill the account with pastes of long text (as a script could).
    const started = await page.request.post(`${server.url}/api/sessions`, {
      headers: { origin: server.url },
      data: { problemSlug: 'ndcg-at-k', language: 'python' },
    })
    expect(started.status()).toBe(201)
    const { session } = (await started.json()) as { session: { id: string } }
    // Large pastes until one is refused, then smaller ones until those are too.
    for (const size of [20_000, 4_000]) {
      const text = 'x'.repeat(size)
      let refused = false
      for (let i = 0; i < 400 && !refused; i++) {
        const res = await page.request.post(`${server.url}/api/sessions/${session.id}/events`, {
          headers: { origin: server.url },
          data: { type: 'paste', data: { chars: size, lines: 1, fromAssistant: false, text } },
        })
        refused = res.status() === 413
        if (!refused) expect(res.status()).toBe(201)
        else {
          const body = (await res.json()) as { error: { code: string } }
          expect(body.error.code).toBe('storage_quota_exceeded')
        }
      }
      expect(refused).toBe(true)
    }

    await page.goto(`${server.url}/account`)
    await storage.getByText(/The quota is used/).waitFor()
    await snap(page, 'storage-01-account-full')

    // In the workspace: typed code is saved, and Run answers with the quota, in words.
    await page.goto(`${server.url}/sessions/${session.id}`)
    await page.locator('.monaco-editor').first().waitFor()
    await page.locator('.monaco-editor .view-lines').first().click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type('\n# kept even when the quota is used')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: /storage quota/ })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/ask an admin to raise the quota/)
    await snap(page, 'storage-02-run-refused')
    await page.reload()
    await page.locator('.monaco-editor').first().waitFor()
    await expect
      .poll(() => editorText(page), { timeout: 20_000 })
      .toContain('# kept even when the quota is used')
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  }, 180_000)
})
