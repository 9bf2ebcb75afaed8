// Sign-up, login, logout, the current user's own name and password, and password reset by link.
import {
  ChangePasswordBody,
  LoginBody,
  ProfileBody,
  ResetPasswordBody,
  SignupBody,
} from '@pairwise/shared'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../app-env.ts'
import { changeOwnPassword, renameSelf, resetLinkOwner, resetPassword } from '../auth/accounts.ts'
import { requireUser, currentUser } from '../auth/middleware.ts'
import { hashPassword, verifyPassword } from '../auth/password.ts'
import {
  createUser,
  DuplicateEmailError,
  endLoginSession,
  findUserByEmail,
  startLoginSession,
  toPublicUser,
} from '../auth/repository.ts'
import { hashToken, SESSION_COOKIE, SESSION_DAYS } from '../auth/tokens.ts'
import { AppError } from '../http/errors.ts'
import { limitPerClient } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { storageUsage } from '../storage/usage.ts'

function setSessionCookie(c: Context<AppEnv>, token: string) {
  const { secureCookies, publicOrigin } = c.var.deps.config
  // Behind a TLS-terminating proxy the request looks like http; the public origin says otherwise.
  const secure =
    secureCookies ??
    (publicOrigin?.startsWith('https:') || new URL(c.req.url).protocol === 'https:')
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  })
}

export const auth = new Hono<AppEnv>()
  .post(
    '/signup',
    limitPerClient('signup', 10, 60_000),
    validate('json', SignupBody),
    async (c) => {
      const body = c.req.valid('json')
      const { db } = c.var.deps
      let user
      try {
        user = await createUser(db, {
          email: body.email,
          name: body.name,
          passwordHash: await hashPassword(body.password),
        })
      } catch (err) {
        if (err instanceof DuplicateEmailError) {
          throw new AppError(409, 'email_taken', 'An account with this email already exists.')
        }
        throw err
      }
      setSessionCookie(c, await startLoginSession(db, user.id))
      return c.json({ user }, 201)
    },
  )
  .post('/login', limitPerClient('login', 10, 60_000), validate('json', LoginBody), async (c) => {
    const body = c.req.valid('json')
    const { db } = c.var.deps
    const row = await findUserByEmail(db, body.email)
    const ok = await verifyPassword(row?.password_hash, body.password)
    if (!row || !ok) {
      throw new AppError(401, 'invalid_credentials', 'The email or the password is wrong.')
    }
    // Said only to someone who knows the password, so it tells a stranger nothing.
    if (row.deactivated_at) {
      throw new AppError(403, 'account_deactivated', 'This account was deactivated by an admin.')
    }
    // A fresh token at every login; an old one the browser held is ended.
    const previous = getCookie(c, SESSION_COOKIE)
    if (previous) await endLoginSession(db, previous)
    setSessionCookie(c, await startLoginSession(db, row.id))
    return c.json({ user: toPublicUser(row) }, 200)
  })
  .post('/logout', requireUser, async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await endLoginSession(c.var.deps.db, token)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ user: currentUser(c) }, 200)
  })
  .get('/me', requireUser, (c) => c.json({ user: currentUser(c) }, 200))
  // What the account's sessions store, of its quota (see storage/usage.ts).
  .get('/me/storage', requireUser, async (c) =>
    c.json({ storage: await storageUsage(c.var.deps.db, currentUser(c).id) }, 200),
  )
  .put('/me', requireUser, validate('json', ProfileBody), async (c) => {
    const user = await renameSelf(c.var.deps.db, currentUser(c), c.req.valid('json').name)
    return c.json({ user }, 200)
  })
  .put(
    '/password',
    requireUser,
    limitPerClient('password', 10, 60_000),
    validate('json', ChangePasswordBody),
    async (c) => {
      const { db } = c.var.deps
      const body = c.req.valid('json')
      const user = currentUser(c)
      const row = await findUserByEmail(db, user.email)
      if (!row || !(await verifyPassword(row.password_hash, body.currentPassword))) {
        throw new AppError(400, 'wrong_password', 'The current password is wrong.')
      }
      const token = getCookie(c, SESSION_COOKIE)
      await changeOwnPassword(
        db,
        user,
        await hashPassword(body.newPassword),
        token ? hashToken(token) : undefined,
      )
      return c.json({ ok: true as const }, 200)
    },
  )
  .get('/reset/:token', limitPerClient('reset', 30, 60_000), async (c) =>
    c.json({ user: await resetLinkOwner(c.var.deps.db, c.req.param('token')) }, 200),
  )
  .post(
    '/reset',
    limitPerClient('reset', 30, 60_000),
    validate('json', ResetPasswordBody),
    async (c) => {
      const body = c.req.valid('json')
      await resetPassword(c.var.deps.db, body.token, await hashPassword(body.password))
      return c.json({ ok: true as const }, 200)
    },
  )
