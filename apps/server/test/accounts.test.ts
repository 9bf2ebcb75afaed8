// Account management: admins change roles and deactivate accounts (never the last admin), every
// change is audited, reset links are one-time, and users change their own name and password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountView } from '@pairwise/shared'
import { DIALECTS } from './helpers/dialects.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  userWithRole,
  type TestApp,
} from './helpers/test-app.ts'

const PASSWORD = 'correct horse battery'

describe.each(DIALECTS)('accounts on $name', (dialect) => {
  let t: TestApp
  let admin: { cookie: string; id: string }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    const first = await signUp(t, 'ada@example.com', 'Ada Admin')
    expect(first.user.role).toBe('admin')
    admin = { cookie: first.cookie, id: first.user.id }
  })
  afterAll(async () => t.close())

  const req = async (method: string, path: string, cookie?: string, body?: unknown) =>
    t.app.request(path, jsonRequest(method, body, cookie))
  const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T
  const login = (email: string, password = PASSWORD) =>
    req('POST', '/api/auth/login', undefined, { email, password })

  it('lists and searches accounts for admins only', async () => {
    const cand = await userWithRole(t, 'maria.lopez@example.com', 'candidate', 'Maria Lopez')
    await userWithRole(t, 'percent%@example.com', 'candidate', 'Per Cent')
    expect((await req('GET', '/api/admin/users', cand.cookie)).status).toBe(403)
    const all = await json<{ users: AccountView[] }>(req('GET', '/api/admin/users', admin.cookie))
    expect(all.users.map((u) => u.email)).toContain('maria.lopez@example.com')
    const found = await json<{ users: AccountView[] }>(
      req('GET', '/api/admin/users?q=LOPEZ', admin.cookie),
    )
    expect(found.users.map((u) => u.email)).toEqual(['maria.lopez@example.com'])
    // Wildcards in the search are literal characters.
    const literal = await json<{ users: AccountView[] }>(
      req('GET', `/api/admin/users?q=${encodeURIComponent('%')}`, admin.cookie),
    )
    expect(literal.users.map((u) => u.email)).toEqual(['percent%@example.com'])
    expect((await req('GET', `/api/admin/users?q=${'x'.repeat(300)}`, admin.cookie)).status).toBe(
      400,
    )
  })

  it('changes a role, which takes effect at once and is audited', async () => {
    const mentor = await userWithRole(t, 'mo@example.com', 'candidate', 'Mo')
    expect((await req('GET', '/api/review/sessions', mentor.cookie)).status).toBe(403)
    const bad = await req('PUT', `/api/admin/users/${mentor.id}/role`, admin.cookie, {
      role: 'boss',
    })
    expect(bad.status).toBe(400)
    expect(await json<{ error: { code: string } }>(bad)).toMatchObject({
      error: { code: 'invalid_request' },
    })
    const changed = await req('PUT', `/api/admin/users/${mentor.id}/role`, admin.cookie, {
      role: 'mentor',
    })
    expect(changed.status).toBe(200)
    expect((await json<{ user: AccountView }>(changed)).user.role).toBe('mentor')
    // The same login now has the new role's pages.
    expect(
      (await json<{ user: { role: string } }>(req('GET', '/api/auth/me', mentor.cookie))).user.role,
    ).toBe('mentor')
    expect((await req('GET', '/api/review/sessions', mentor.cookie)).status).toBe(200)
    expect(
      (await req('PUT', `/api/admin/users/nobody/role`, admin.cookie, { role: 'mentor' })).status,
    ).toBe(404)
    const { entries } = await json<{
      entries: {
        action: string
        user: { email: string }
        actor: { name: string }
        detail: unknown
      }[]
    }>(req('GET', '/api/admin/audit', admin.cookie))
    expect(entries[0]).toMatchObject({
      action: 'role',
      user: { email: 'mo@example.com' },
      actor: { name: 'Ada Admin' },
      detail: { from: 'candidate', to: 'mentor' },
    })
  })

  it('never demotes or deactivates the last admin', async () => {
    expect(
      (await req('PUT', `/api/admin/users/${admin.id}/role`, admin.cookie, { role: 'mentor' }))
        .status,
    ).toBe(400)
    const second = await userWithRole(t, 'bea@example.com', 'admin', 'Bea')
    const demoteAda = await req('PUT', `/api/admin/users/${admin.id}/role`, second.cookie, {
      role: 'instructor',
    })
    expect(demoteAda.status).toBe(200)
    // Bea is now the only admin: Ada was demoted, so nobody may take Bea's role away.
    const { changeRole } = await import('../src/auth/accounts.ts')
    await expect(changeRole(t.deps.db, null, second.id, 'candidate')).rejects.toMatchObject({
      code: 'last_admin',
    })
    const deactivate = await req('PUT', `/api/admin/users/${second.id}/active`, second.cookie, {
      active: false,
    })
    expect(deactivate.status).toBe(400)
    await changeRole(t.deps.db, null, admin.id, 'admin')
    const deactivateBea = await req('PUT', `/api/admin/users/${second.id}/active`, admin.cookie, {
      active: false,
    })
    expect(deactivateBea.status).toBe(200)
    const demoteLast = await changeRole(t.deps.db, null, admin.id, 'candidate').catch(
      (e: unknown) => e,
    )
    expect(demoteLast).toMatchObject({ code: 'last_admin' })
  })

  it('deactivation ends the sessions and refuses login; reactivation lets them back', async () => {
    const user = await userWithRole(t, 'dee@example.com', 'candidate', 'Dee')
    expect((await req('GET', '/api/auth/me', user.cookie)).status).toBe(200)
    const off = await req('PUT', `/api/admin/users/${user.id}/active`, admin.cookie, {
      active: false,
    })
    expect((await json<{ user: AccountView }>(off)).user.deactivatedAt).not.toBeNull()
    expect((await req('GET', '/api/auth/me', user.cookie)).status).toBe(401)
    const refused = await login('dee@example.com')
    expect(refused.status).toBe(403)
    expect(await json<{ error: { code: string } }>(refused)).toMatchObject({
      error: { code: 'account_deactivated' },
    })
    // A wrong password still says only that the credentials are wrong.
    expect((await login('dee@example.com', 'wrong password!!')).status).toBe(401)
    await req('PUT', `/api/admin/users/${user.id}/active`, admin.cookie, { active: true })
    expect((await login('dee@example.com')).status).toBe(200)
    const actions = (
      await json<{ entries: { action: string; user: { email: string } }[] }>(
        req('GET', '/api/admin/audit', admin.cookie),
      )
    ).entries
      .filter((e) => e.user.email === 'dee@example.com')
      .map((e) => e.action)
    expect(actions).toEqual(['reactivate', 'deactivate'])
  })

  it('issues a one-time reset link that expires, and ends the old logins', async () => {
    const user = await userWithRole(t, 'rey@example.com', 'candidate', 'Rey')
    expect(
      (await req('POST', `/api/admin/users/${user.id}/reset-link`, user.cookie, {})).status,
    ).toBe(403)
    const issued = await json<{ path: string; expiresAt: string }>(
      req('POST', `/api/admin/users/${user.id}/reset-link`, admin.cookie, {}),
    )
    const token = issued.path.split('/').pop() ?? ''
    expect(issued.path).toBe(`/reset-password/${token}`)
    // Only the hash is stored.
    const stored = await t.deps.db.selectFrom('password_resets').select('token_hash').execute()
    expect(stored.map((r) => r.token_hash)).not.toContain(token)
    expect(await json<{ user: { name: string } }>(req('GET', `/api/auth/reset/${token}`))).toEqual({
      user: { name: 'Rey' },
    })
    const short = await req('POST', '/api/auth/reset', undefined, { token, password: 'short' })
    expect(short.status).toBe(400)
    const reset = await req('POST', '/api/auth/reset', undefined, {
      token,
      password: 'a brand new passphrase',
    })
    expect(reset.status).toBe(200)
    expect((await req('GET', '/api/auth/me', user.cookie)).status).toBe(401)
    expect((await login('rey@example.com')).status).toBe(401)
    expect((await login('rey@example.com', 'a brand new passphrase')).status).toBe(200)
    const twice = await req('POST', '/api/auth/reset', undefined, {
      token,
      password: 'another new passphrase',
    })
    expect(twice.status).toBe(400)
    expect((await req('GET', `/api/auth/reset/${token}`)).status).toBe(400)

    // An expired link and a replaced link both fail.
    const old = await json<{ path: string }>(
      req('POST', `/api/admin/users/${user.id}/reset-link`, admin.cookie, {}),
    )
    const newer = await json<{ path: string }>(
      req('POST', `/api/admin/users/${user.id}/reset-link`, admin.cookie, {}),
    )
    const oldToken = old.path.split('/').pop() ?? ''
    const newerToken = newer.path.split('/').pop() ?? ''
    expect(
      (
        await req('POST', '/api/auth/reset', undefined, {
          token: oldToken,
          password: 'x'.repeat(12),
        })
      ).status,
    ).toBe(400)
    await t.deps.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute()
    expect(
      (
        await req('POST', '/api/auth/reset', undefined, {
          token: newerToken,
          password: 'x'.repeat(12),
        })
      ).status,
    ).toBe(400)
  })

  it('lets a user change their own name, and their password with the current one', async () => {
    const user = await userWithRole(t, 'nia@example.com', 'candidate', 'Nia')
    const renamed = await req('PUT', '/api/auth/me', user.cookie, { name: '  Nia Okafor ' })
    expect((await json<{ user: { name: string } }>(renamed)).user.name).toBe('Nia Okafor')
    expect((await req('PUT', '/api/auth/me', user.cookie, { name: '' })).status).toBe(400)
    expect((await req('PUT', '/api/auth/me', undefined, { name: 'x' })).status).toBe(401)
    const wrong = await req('PUT', '/api/auth/password', user.cookie, {
      currentPassword: 'not my password',
      newPassword: 'a whole new password',
    })
    expect(wrong.status).toBe(400)
    expect(await json<{ error: { code: string } }>(wrong)).toMatchObject({
      error: { code: 'wrong_password' },
    })
    const secondCookie = await login('nia@example.com').then(
      (r) => (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    )
    const changed = await req('PUT', '/api/auth/password', user.cookie, {
      currentPassword: PASSWORD,
      newPassword: 'a whole new password',
    })
    expect(changed.status).toBe(200)
    // This login stays; the others end.
    expect((await req('GET', '/api/auth/me', user.cookie)).status).toBe(200)
    expect((await req('GET', '/api/auth/me', secondCookie)).status).toBe(401)
    expect((await login('nia@example.com', 'a whole new password')).status).toBe(200)
  })
})
