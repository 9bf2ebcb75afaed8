// Administration: accounts, their audit log, reset links and the model notices.
import { parseResponse } from 'hono/client'
import type { AccountView, Role } from '@pairwise/shared'
import { call, client, param, withSignal } from './client.ts'

const admin = client.api.admin

export async function listAccounts(q: string, signal?: AbortSignal): Promise<AccountView[]> {
  const query = q.trim() ? { q: q.trim() } : {}
  const { users } = await call(parseResponse(admin.users.$get({ query }, withSignal(signal))))
  return users
}

export async function listAudit(signal?: AbortSignal) {
  const { entries } = await call(parseResponse(admin.audit.$get({}, withSignal(signal))))
  return entries
}
export type AuditEntry = Awaited<ReturnType<typeof listAudit>>[number]

export async function setAccountRole(id: string, role: Role): Promise<AccountView> {
  const { user } = await call(
    parseResponse(admin.users[':id'].role.$put({ param: param(id), json: { role } })),
  )
  return user
}

export async function setAccountActive(id: string, active: boolean): Promise<AccountView> {
  const { user } = await call(
    parseResponse(admin.users[':id'].active.$put({ param: param(id), json: { active } })),
  )
  return user
}

export async function issueResetLink(id: string) {
  return call(parseResponse(admin.users[':id']['reset-link'].$post({ param: param(id) })))
}

/** The configured models and the deprecations the Anthropic side reported for them. */
export async function getModelNotices(signal?: AbortSignal) {
  return call(parseResponse(admin['model-notices'].$get({}, withSignal(signal))))
}
export type ModelNoticesView = Awaited<ReturnType<typeof getModelNotices>>
