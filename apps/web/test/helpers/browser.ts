// Browser-test helpers: Debian's Chromium through playwright-core, screenshots into
// test-artifacts/e2e, and reading what the Monaco editor shows.
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { REPO_ROOT } from './server.ts'

export const CHROMIUM = '/usr/bin/chromium'
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts/e2e')

export function hasChromium(): boolean {
  const found = fs.existsSync(CHROMIUM)
  if (!found) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt install chromium).`)
  return found
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function snap(page: Page, name: string, fullPage = false) {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage })
}

/** The text of the editor as rendered, top to bottom (Monaco draws spaces as nbsp). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line')]
    return lines
      .map((el) => ({ top: parseFloat(el.style.top || '0'), text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text.replace(/\u00a0/g, ' '))
      .join('\n')
  })
}

/** Collects console errors and CSP violations, which the workspace must not produce. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text())
  })
  page.on('pageerror', (err) => problems.push(err.message))
  return problems
}

/**
 * Types code into the focused Monaco editor line by line, as keystrokes. Each Enter lets Monaco
 * auto-indent; the line then replaces that indentation, so the result is exactly `code`.
 */
export async function typeCode(page: Page, code: string) {
  const lines = code.split('\n')
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.insertText(line === '' ? ' ' : line)
    if (line === '') await page.keyboard.press('Backspace')
  }
}

/** Pastes text into the focused editor, as a clipboard paste (Monaco reports it as one). */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    const target = document.activeElement ?? document.body
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    })
    target.dispatchEvent(event)
  }, text)
}
