// Administration: the accounts (search, role, deactivate, reset links), their audit log, and the
// model notices the Anthropic API reported (admins only).
import { SetActiveBody, SetRoleBody, UserSearchQuery } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import {
  changeRole,
  issueResetLink,
  listAccounts,
  listAudit,
  RESET_LINK_HOURS,
  setActive,
} from '../auth/accounts.ts'
import { listModelNotices } from '../anthropic/model-notices.ts'
import { currentUser, requireRole } from '../auth/middleware.ts'
import { AppError } from '../http/errors.ts'
import { validate } from '../http/validate.ts'

export const admin = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/users', validate('query', UserSearchQuery), async (c) =>
    c.json({ users: await listAccounts(c.var.deps.db, c.req.valid('query').q) }, 200),
  )
  .get('/audit', async (c) => c.json({ entries: await listAudit(c.var.deps.db) }, 200))
  .get('/model-notices', async (c) => {
    const { config, db } = c.var.deps
    return c.json(
      {
        anthropic: Boolean(config.anthropic),
        assistantModel: config.assistantModel,
        judgeModel: config.judgeModel,
        notices: await listModelNotices(db),
      },
      200,
    )
  })
  .put('/users/:id/role', validate('json', SetRoleBody), async (c) => {
    const id = c.req.param('id')
    if (id === currentUser(c).id) {
      throw new AppError(400, 'own_role', 'You cannot change your own role; ask another admin.')
    }
    const user = await changeRole(c.var.deps.db, currentUser(c), id, c.req.valid('json').role)
    return c.json({ user }, 200)
  })
  .put('/users/:id/active', validate('json', SetActiveBody), async (c) => {
    const user = await setActive(
      c.var.deps.db,
      currentUser(c),
      c.req.param('id'),
      c.req.valid('json').active,
    )
    return c.json({ user }, 200)
  })
  .post('/users/:id/reset-link', async (c) => {
    const { token, expiresAt } = await issueResetLink(
      c.var.deps.db,
      currentUser(c),
      c.req.param('id'),
    )
    // A path, not a URL: the admin's browser knows the origin it reached us on.
    return c.json(
      { path: `/reset-password/${token}`, expiresAt, validHours: RESET_LINK_HOURS },
      201,
    )
  })
