// The workspace details a candidate expects, in a real browser: "Insert at cursor" in Python and
// TypeScript (with and without a cursor), TypeScript checked and completed in the editor, the
// statement naming the selected language's function, the results panel (inputs, one shared
// error, custom input, reset, Ctrl+S, a NaN result read as NaN) and the last results surviving a
// reload.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from '../../../server/test/helpers/messages-api-standin.ts'
import { editorText, hasChromium, launchBrowser, snap, watchConsole } from '../helpers/browser.ts'
import { ensureWebBuild, startServer, type ServerHandle } from '../helpers/server.ts'

// The assistant answers with a helper function and a statement block, in the session's language.
const PY_REPLY = [
  'A helper for the gain:\n\n```python\ndef gain(r):\n    return 2 ** r - 1\n```\n\n',
  'And guard k first:\n\n```python\nif k <= 0:\n    return 0.0\n```\n',
]
const TS_REPLY = [
  'A helper:\n\n```typescript\nfunction gain(r: number): number {\n  return 2 ** r - 1\n}\n```\n\n',
  'And a guard:\n\n```typescript\nif (scores.length === 0) {\n  return null\n}\n```\n',
]

const expectedNoise = /Failed to load resource/

describe.skipIf(!hasChromium())('workspace details in a browser', () => {
  let standin: MessagesApiStandin
  let server: ServerHandle
  let browser: Browser
  let page: Page
  let consoleErrors: string[]

  beforeAll(async () => {
    ensureWebBuild()
    standin = await startMessagesApiStandin((request) =>
      standinReplies.text(request.rawBody.includes('rocAuc') ? TS_REPLY : PY_REPLY),
    )
    server = await startServer({
      ANTHROPIC_API_KEY: 'sk-e2e-test',
      ANTHROPIC_BASE_URL: standin.baseURL,
    })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    consoleErrors = watchConsole(page)
    await page.goto(`${server.url}/signup`)
    await page.getByLabel('Name').fill('Ines Candidate')
    await page.getByLabel('Email').fill(`ines-${Date.now()}@example.com`)
    await page.getByLabel('Password').fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByRole('button', { name: /^Account:/ }).waitFor()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.cleanUp()
    await standin?.close()
  })

  const openSession = async (slug: string, language: 'python' | 'typescript') => {
    await page.goto(`${server.url}/problems/${slug}?language=${language}`)
    await page.getByRole('button', { name: 'Start' }).click()
    await page.waitForURL(/\/sessions\//)
    await page.locator('.monaco-editor .view-lines').waitFor()
  }

  const askAssistant = async () => {
    await page.getByLabel('Message the assistant').fill('How do I start?')
    await page.getByRole('button', { name: 'Send' }).click()
    await page.locator('[role="log"][aria-busy="false"]').waitFor({ timeout: 30_000 })
    await expect
      .poll(() => page.getByRole('button', { name: 'Insert at cursor' }).count(), {
        timeout: 30_000,
      })
      .toBe(2)
  }

  const insertButton = (n: number) => page.getByRole('button', { name: 'Insert at cursor' }).nth(n)

  test('Python: without a cursor the helper goes after the function; with one, at the cursor', async () => {
    await openSession('ndcg-at-k', 'python')
    await askAssistant()
    const starter = await editorText(page)
    expect(starter.startsWith('def ndcg_at_k(')).toBe(true)

    // Never clicked in the editor: the helper lands after the function, on lines of its own.
    await insertButton(0).click()
    await expect
      .poll(() => editorText(page))
      .toBe(`${starter.trimEnd()}\n\n\ndef gain(r):\n    return 2 ** r - 1\n`)
    expect(await editorText(page)).not.toMatch(/\S(def |return )/)
    await snap(page, 'details-01-python-insert-no-cursor')

    // A real cursor at the end of the signature: the guard goes in the body, indented.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('End')
    await insertButton(1).click()
    await expect
      .poll(async () => (await editorText(page)).split('\n').slice(0, 4))
      .toEqual([
        starter.split('\n')[0],
        '    if k <= 0:',
        '        return 0.0',
        starter.split('\n')[1],
      ])
    await snap(page, 'details-02-python-insert-at-cursor')
  }, 120_000)

  test('the results panel: inputs of failing cases, one shared error, survives a reload', async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const results = page.getByRole('region', { name: 'Results' })
    await results.getByText(/\d+\/\d+ passed/).waitFor({ timeout: 30_000 })
    // The starter raises NotImplementedError in every case: shown once, not once per case.
    await expect.poll(() => results.getByTestId('run-error').count()).toBe(1)
    expect(await results.getByTestId('run-error').textContent()).toContain('NotImplementedError')
    expect(await results.locator('.case__error').count()).toBe(0)
    const inputs = await results.locator('.case__input').allTextContents()
    expect(inputs.length).toBeGreaterThan(0)
    expect(inputs.every((t) => t.includes('ndcg_at_k(['))).toBe(true)
    await snap(page, 'details-03-failing-inputs')

    const summary = await results.getByText(/\d+\/\d+ passed/).textContent()
    await page.reload()
    await page.locator('.monaco-editor .view-lines').waitFor()
    const after = page.getByRole('region', { name: 'Results' })
    await after.getByText(/\d+\/\d+ passed/).waitFor({ timeout: 15_000 })
    expect(await after.getByText(/\d+\/\d+ passed/).textContent()).toBe(summary)
    expect(await after.locator('.case__input').count()).toBe(inputs.length)
    await snap(page, 'details-04-results-after-reload')
  }, 120_000)

  test('a syntax error shows once; custom input runs; reset asks first; Ctrl+S saves', async () => {
    // Break the code: a missing colon.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('End')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Control+Enter')
    const results = page.getByRole('region', { name: 'Results' })
    await expect
      .poll(() => results.getByTestId('run-error').textContent(), { timeout: 30_000 })
      .toMatch(/SyntaxError|expected ':'/)
    expect(await results.locator('.run-error').count()).toBe(1)
    expect(await results.locator('.case__error').count()).toBe(0)
    await snap(page, 'details-05-syntax-error-once')

    // Reset to starter: Cancel keeps the code, confirming puts the starter back.
    const broken = await editorText(page)
    await page.getByRole('button', { name: 'Reset to starter' }).click()
    const dialog = page.getByRole('dialog', { name: 'Reset to the starter code?' })
    await dialog.waitFor()
    await snap(page, 'details-06-reset-confirm')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await editorText(page)).toBe(broken)
    await page.getByRole('button', { name: 'Reset to starter' }).click()
    await dialog.getByRole('button', { name: 'Reset code' }).click()
    await expect
      .poll(async () => {
        const text = await editorText(page)
        return /^def ndcg_at_k\(.*:\n/.test(text) && !text.includes('def gain')
      })
      .toBe(true)

    // Ctrl+S in the editor saves at once and the browser's own dialog never opens.
    // Record whether anything prevents Ctrl+S's default (the editor also stops its propagation).
    await page.evaluate(() => {
      const w = window as unknown as { __sPrevented?: boolean }
      w.__sPrevented = false
      window.addEventListener(
        'keydown',
        (e) => {
          if (!e.ctrlKey || e.key !== 's') return
          const prevent = e.preventDefault.bind(e)
          e.preventDefault = () => {
            w.__sPrevented = true
            prevent()
          }
        },
        true,
      )
    })
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\n# saved by ctrl s')
    await page.keyboard.press('Control+s')
    expect(
      await page.evaluate(() => (window as unknown as { __sPrevented?: boolean }).__sPrevented),
    ).toBe(true)
    await expect.poll(() => page.getByTestId('save-indicator').textContent()).toContain('Saved')

    // Custom input: the candidate's own arguments, no expected value.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Delete')
    // One line, so the editor's auto-indent cannot change it.
    await page.keyboard.insertText(
      'def ndcg_at_k(relevances, k): return print("seen", k) or float(sum(relevances[:k]))',
    )
    await results.getByRole('tab', { name: 'Custom input' }).click()
    const args = results.getByLabel('Arguments (JSON)')
    await args.fill('[[3, 2, 1], 2')
    await expect.poll(() => results.getByRole('alert').textContent()).toContain('not valid JSON')
    await args.fill('[[3, 2, 1], 2]')
    await results.getByRole('button', { name: 'Run with this input' }).click()
    const custom = results.getByTestId('custom-result')
    await expect.poll(() => custom.textContent(), { timeout: 30_000 }).toContain('Returned5')
    expect(await custom.textContent()).toContain('seen 2')
    await snap(page, 'details-07-custom-input')
  }, 120_000)

  test('a NaN result reads NaN: "got NaN" beside the expected value, and in custom input', async () => {
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Delete')
    await page.keyboard.insertText(
      "def ndcg_at_k(relevances, k): return float('nan') if k > 0 else float('-inf')",
    )
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    const results = page.getByRole('region', { name: 'Results' })
    const cases = results.locator('.case--fail')
    await expect.poll(() => cases.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const first = cases.first()
    expect(await first.locator('.case__values dd').nth(1).textContent()).toBe('NaN')
    expect(await first.locator('.case__diff').textContent()).toMatch(/^expected [\d.]+, got NaN$/)
    const panel = (await results.textContent()) ?? ''
    expect(panel).not.toContain('$number')
    expect(panel).not.toContain('"NaN"')
    expect(panel).not.toContain('got a string')
    await snap(page, 'details-08-nan-result')

    await results.getByRole('tab', { name: 'Custom input' }).click()
    await results.getByLabel('Arguments (JSON)').fill('[[3, 2, 1], 0]')
    await results.getByRole('button', { name: 'Run with this input' }).click()
    const custom = results.getByTestId('custom-result')
    await expect
      .poll(() => custom.textContent(), { timeout: 30_000 })
      .toContain('Returned-Infinity')
  }, 120_000)

  test('TypeScript: typed editor, statement names rocAuc, inserts at the function end', async () => {
    await openSession('roc-auc-with-ties', 'typescript')
    // The statement is written around roc_auc; the TypeScript session reads rocAuc.
    const statement = page.getByRole('tabpanel', { name: 'Problem' })
    await expect.poll(() => statement.textContent()).toContain('rocAuc(scores, labels)')
    expect(await statement.textContent()).not.toMatch(/roc_auc\(/)

    await askAssistant()
    const starter = await editorText(page)
    await insertButton(1).click()
    const lines = (await editorText(page)).split('\n')
    const guard = lines.indexOf('  if (scores.length === 0) {')
    expect(guard).toBeGreaterThan(0)
    expect(lines.slice(guard, guard + 4)).toEqual([
      '  if (scores.length === 0) {',
      '    return null',
      '  }',
      '}',
    ])
    expect(lines[0]).toBe(starter.split('\n')[0])

    // The TypeScript worker checks types: a string where a number belongs is an error.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText('\nconst wrong: number = "text"\n')
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 })
    // …and completes code: Math. offers its members.
    await page.keyboard.type('Math.ma')
    await page.keyboard.press('Control+Space')
    const suggest = page.locator('.monaco-editor .suggest-widget .monaco-list-rows')
    await expect.poll(() => suggest.textContent(), { timeout: 30_000 }).toContain('max')
    await snap(page, 'details-09-typescript-typed')
    await page.keyboard.press('Escape')
    expect(consoleErrors.filter((e) => !expectedNoise.test(e))).toEqual([])
  }, 150_000)
})
