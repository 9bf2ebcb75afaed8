// Builds the real app on a fresh database for in-process route tests, plus small request helpers.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Language } from '@pairwise/shared'
import type { AppDeps } from '../../src/app-env.ts'
import { OfflineCoachProvider } from '../../src/assistant/index.ts'
import { buildApp } from '../../src/app.ts'
import { loadProblemLibrary, openMigratedDatabase } from '../../src/boot.ts'
import { testConfig, type Config } from '../../src/config.ts'
import { createLogger } from '../../src/logger.ts'
import type { DialectCase } from './dialects.ts'

export const FIXTURE_PROBLEMS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/problems',
)

export interface TestApp {
  app: ReturnType<typeof buildApp>
  deps: AppDeps
  close: () => Promise<void>
}

export async function createTestApp(
  dialect: DialectCase,
  overrides: Partial<Config> & { services?: Partial<AppDeps> } = {},
): Promise<TestApp> {
  const { services, ...configOverrides } = overrides
  const { config: database, drop } = await dialect.create()
  const config = testConfig({ database, rateLimit: false, ...configOverrides })
  const log = createLogger('silent')
  const db = await openMigratedDatabase(config)
  await loadProblemLibrary(db, config, log)
  const deps: AppDeps = {
    config,
    db,
    log,
    assistant: new OfflineCoachProvider({ chunkDelayMs: 0 }),
    ...services,
  }
  return {
    app: buildApp(deps),
    deps,
    close: async () => {
      await db.destroy()
      await drop()
    },
  }
}

const ORIGIN = 'http://localhost'

export function jsonRequest(method: string, body?: unknown, cookie?: string): RequestInit {
  const headers: Record<string, string> = { origin: ORIGIN }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (cookie) headers.cookie = cookie
  return { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
}

/** Signs up a user and returns the session cookie to send with later requests. */
export async function signUp(
  t: TestApp,
  email: string,
  name = 'Test User',
  password = 'correct horse battery',
): Promise<{ cookie: string; user: { id: string; role: string } }> {
  const res = await t.app.request(
    '/api/auth/signup',
    jsonRequest('POST', { email, password, name }),
  )
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`)
  const setCookie = res.headers.get('set-cookie') ?? ''
  const cookie = setCookie.split(';')[0] ?? ''
  const body = (await res.json()) as { user: { id: string; role: string } }
  return { cookie, user: body.user }
}

/** Creates a user with a role directly (as `pairwise users create` does) and logs them in. */
export async function userWithRole(
  t: TestApp,
  email: string,
  role: 'candidate' | 'mentor' | 'instructor' | 'admin',
  name = email.split('@')[0] ?? 'User',
): Promise<{ cookie: string; id: string }> {
  const { createUser } = await import('../../src/auth/repository.ts')
  const { hashPassword } = await import('../../src/auth/password.ts')
  const password = 'correct horse battery'
  const user = await createUser(t.deps.db, {
    email,
    name,
    passwordHash: await hashPassword(password),
    role,
  })
  const res = await t.app.request('/api/auth/login', jsonRequest('POST', { email, password }))
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, id: user.id }
}

/** Starts a practice session as the user with this cookie and returns it. */
export async function startSession(
  t: TestApp,
  cookie: string,
  problemSlug = 'ndcg-at-k',
  language: Language = 'python',
): Promise<{ id: string; rev: number; code: string }> {
  const res = await t.app.request(
    '/api/sessions',
    jsonRequest('POST', { problemSlug, language }, cookie),
  )
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { session: { id: string; rev: number; code: string } }).session
}

/** Accepts every cohort invitation waiting for this user, as they would on My practice. */
export async function acceptInvitations(t: TestApp, cookie: string): Promise<number> {
  const res = await t.app.request('/api/invitations', jsonRequest('GET', undefined, cookie))
  const { invitations } = (await res.json()) as { invitations: { id: string }[] }
  for (const invitation of invitations) {
    const answer = await t.app.request(
      `/api/invitations/${invitation.id}/accept`,
      jsonRequest('POST', undefined, cookie),
    )
    if (answer.status !== 200) throw new Error(`accept failed: ${answer.status}`)
  }
  return invitations.length
}
