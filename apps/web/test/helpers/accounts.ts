// Accounts for browser tests: a sign-up through the real API, and a browser signed in as it.
import type { Browser, BrowserContext } from 'playwright-core'

export const PASSWORD = 'correct horse battery'

export interface Account {
  email: string
  name: string
  cookie: string
  id: string
}

/** Signs up `name` with a unique email; the first account on a new database is the admin. */
export async function signUp(base: string, name: string): Promise<Account> {
  const email = `${name.split(' ')[0]?.toLowerCase()}-${Date.now()}@example.com`
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: PASSWORD, name }),
  })
  if (response.status !== 201)
    throw new Error(`signup: ${response.status} ${await response.text()}`)
  const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
  const { user } = (await response.json()) as { user: { id: string } }
  return { email, name, cookie, id: user.id }
}

/** A fresh browser context (desktop size) signed in with the account's session cookie. */
export async function signedInContext(
  browser: Browser,
  base: string,
  cookie: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const [name, ...value] = cookie.split('=')
  await context.addCookies([{ name: name ?? '', value: value.join('='), url: base }])
  return context
}
