// Administration: the accounts and their roles (admins only).
import { Role } from '@pairwise/shared'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { setUserRole, toPublicUser } from '../auth/repository.ts'
import { AppError, notFound } from '../http/errors.ts'
import { validate } from '../http/validate.ts'

export const admin = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/users', async (c) => {
    const rows = await c.var.deps.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'created_at'])
      .orderBy('created_at')
      .limit(1000)
      .execute()
    return c.json(
      { users: rows.map((r) => ({ ...toPublicUser(r), createdAt: r.created_at })) },
      200,
    )
  })
  .put('/users/:id/role', validate('json', z.strictObject({ role: Role })), async (c) => {
    const { db } = c.var.deps
    const id = c.req.param('id')
    if (id === currentUser(c).id) {
      throw new AppError(400, 'own_role', 'You cannot change your own role; ask another admin.')
    }
    const user = await db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!user) throw notFound('user')
    const role = c.req.valid('json').role
    await setUserRole(db, id, role)
    return c.json({ user: { ...toPublicUser(user), role } }, 200)
  })
