// Reads the session cookie into c.var.user, and guards routes that need a user or a role.
import type { Role } from '@pairwise/shared'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { forbidden, unauthorized } from '../http/errors.ts'
import { userForToken } from './repository.ts'
import { SESSION_COOKIE } from './tokens.ts'

export const loadUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE)
  c.set('user', token ? await userForToken(c.var.deps.db, token) : undefined)
  await next()
}

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthorized()
  await next()
})

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user
    if (!user) throw unauthorized()
    if (user.role !== 'admin' && !roles.includes(user.role)) {
      throw forbidden(`This needs the ${roles.join(' or ')} role.`)
    }
    await next()
  })
}

/** The signed-in user; only call behind requireUser. */
export function currentUser(c: Context<AppEnv>) {
  const user = c.var.user
  if (!user) throw unauthorized()
  return user
}
