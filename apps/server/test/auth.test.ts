// Accounts: sign-up, login, logout, roles, and every kind of bad input, on each dialect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, jsonRequest, signUp, type TestApp } from './helpers/test-app.ts'

const PASSWORD = 'correct horse battery'

describe.each(DIALECTS)('accounts on $name', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(async () => t.close())

  const userCount = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('makes the first account admin and later ones candidates', async () => {
    const first = await signUp(t, 'first@example.com', 'First')
    expect(first.user.role).toBe('admin')
    const second = await signUp(t, 'Second@Example.com', 'Second')
    expect(second.user.role).toBe('candidate')
    const me = await t.app.request('/api/auth/me', jsonRequest('GET', undefined, second.cookie))
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ user: { email: 'second@example.com', name: 'Second' } })
  })

  it('sets an HttpOnly SameSite=Lax cookie and stores only a hash of the token', async () => {
    const res = await t.app.request(
      '/api/auth/signup',
      jsonRequest('POST', { email: 'cookie@example.com', password: PASSWORD, name: 'C' }),
    )
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    const token = /pw_session=([^;]+)/.exec(setCookie)?.[1] ?? ''
    expect(token.length).toBeGreaterThan(30)
    const rows = await t.deps.db.selectFrom('auth_sessions').select('token_hash').execute()
    expect(rows.some((r) => r.token_hash === token)).toBe(false)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true)
    const stored = await t.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'cookie@example.com')
      .executeTakeFirstOrThrow()
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  it('issues a new token at every login and ends it at logout', async () => {
    await signUp(t, 'login@example.com')
    const login = () =>
      t.app.request(
        '/api/auth/login',
        jsonRequest('POST', { email: 'LOGIN@example.com', password: PASSWORD }),
      )
    const a = await login()
    const b = await login()
    expect(a.status).toBe(200)
    const cookieA = (a.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const cookieB = (b.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookieA).not.toBe(cookieB)
    const out = await t.app.request('/api/auth/logout', jsonRequest('POST', undefined, cookieB))
    expect(out.status).toBe(200)
    const after = await t.app.request('/api/auth/me', jsonRequest('GET', undefined, cookieB))
    expect(after.status).toBe(401)
    // The other browser's session is still good.
    const other = await t.app.request('/api/auth/me', jsonRequest('GET', undefined, cookieA))
    expect(other.status).toBe(200)
  })

  it('answers a wrong password and an unknown email the same way', async () => {
    await signUp(t, 'known@example.com')
    const wrong = await t.app.request(
      '/api/auth/login',
      jsonRequest('POST', { email: 'known@example.com', password: 'not the password' }),
    )
    const unknown = await t.app.request(
      '/api/auth/login',
      jsonRequest('POST', { email: 'nobody@example.com', password: 'not the password' }),
    )
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it.each([
    ['malformed JSON', '{"email": "a@b.c",', 400],
    [
      'a wrong type',
      JSON.stringify({ email: 'x@example.com', password: 12345678901, name: 'X' }),
      400,
    ],
    [
      'an unknown field',
      JSON.stringify({ email: 'x@example.com', password: PASSWORD, name: 'X', role: 'admin' }),
      400,
    ],
    [
      'a too-short password',
      JSON.stringify({ email: 'x@example.com', password: 'short', name: 'X' }),
      400,
    ],
    ['a bad email', JSON.stringify({ email: 'not-an-email', password: PASSWORD, name: 'X' }), 400],
    [
      'a body over the limit',
      JSON.stringify({ email: 'x@example.com', password: PASSWORD, name: 'x'.repeat(2_000_000) }),
      413,
    ],
  ])('refuses %s with a clear 4xx and writes nothing', async (_what, body, status) => {
    const before = await userCount()
    const res = await t.app.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body,
    })
    expect(res.status).toBe(status)
    const json = (await res.json()) as { error: { code: string; message: string } }
    expect(json.error.code).toMatch(/^[a-z_]+$/)
    expect(json.error.message.length).toBeGreaterThan(5)
    expect(await userCount()).toBe(before)
  })

  it('refuses a duplicate email with 409 and keeps the first account', async () => {
    await signUp(t, 'dup@example.com', 'Original')
    const before = await userCount()
    const res = await t.app.request(
      '/api/auth/signup',
      jsonRequest('POST', { email: 'DUP@example.com', password: PASSWORD, name: 'Impostor' }),
    )
    expect(res.status).toBe(409)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('email_taken')
    expect(await userCount()).toBe(before)
  })

  it('answers 401 on protected routes without a session', async () => {
    for (const [method, path] of [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout'],
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions'],
    ] as const) {
      const res = await t.app.request(path, jsonRequest(method, method === 'POST' ? {} : undefined))
      expect(res.status, `${method} ${path}`).toBe(401)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
    }
  })

  it('refuses a state-changing request from another origin', async () => {
    const res = await t.app.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'csrf@example.com', password: PASSWORD, name: 'C' }),
    })
    expect(res.status).toBe(403)
    const form = await t.app.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: 'email=csrf@example.com',
    })
    expect(form.status).toBe(415)
  })

  it('sends security headers with a CSP that forbids inline script', async () => {
    const res = await t.app.request('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe.each(DIALECTS)('rate limits on $name', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { rateLimit: true })
  })
  afterAll(async () => t.close())

  it('limits login attempts per client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await t.app.request(
        '/api/auth/login',
        jsonRequest('POST', { email: 'nobody@example.com', password: 'wrong password' }),
      )
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})

describe.each(DIALECTS)('host names on $name', (dialect) => {
  it('answers loopback and configured names, and refuses others (DNS rebinding)', async () => {
    const t = await createTestApp(dialect, {
      host: '127.0.0.1',
      allowedHosts: ['pairwise.internal'],
    })
    try {
      const at = (host: string) => t.app.request('/api/health', { headers: { host } })
      expect((await at('localhost:3000')).status).toBe(200)
      expect((await at('127.0.0.1:3000')).status).toBe(200)
      expect((await at('pairwise.internal')).status).toBe(200)
      const evil = await at('evil.example:3000')
      expect(evil.status).toBe(403)
      expect(((await evil.json()) as { error: { code: string } }).error.code).toBe('unknown_host')
    } finally {
      await t.close()
    }
  })
})
