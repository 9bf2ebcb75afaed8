// The one place that reads process.env: every setting, validated once by zod.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

const OnOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  ANTHROPIC_BASE_URL: z.url().optional(),
  // From the installed SDK's model list (@anthropic-ai/sdk 1.13): the newest Sonnet, which its
  // deprecation table does not list (claude-sonnet-4-5 reached end-of-life on 2026-11-30).
  PAIRWISE_ASSISTANT_MODEL: z.string().min(1).default('claude-sonnet-5-5'),
  PAIRWISE_JUDGE_MODEL: z.string().min(1).default('claude-sonnet-5-5'),
  PAIRWISE_RUNNER: z.enum(['sandbox', 'local']).optional(),
  PAIRWISE_ALLOW_LOCAL_RUNNER_MULTIUSER: OnOff.default(false),
  PAIRWISE_RATE_LIMIT: OnOff.default(true),
  PAIRWISE_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  PAIRWISE_PUBLIC_ORIGIN: z.url().optional(),
  PAIRWISE_ALLOWED_HOSTS: z.string().optional(),
  PAIRWISE_SECURE_COOKIES: OnOff.optional(),
  PAIRWISE_PROBLEMS_DIR: z.string().optional(),
  PAIRWISE_WEB_DIST: z.string().optional(),
  PAIRWISE_ASSISTANT_SESSION_QUOTA: z.coerce.number().int().positive().default(60),
  PAIRWISE_ASSISTANT_DAILY_QUOTA: z.coerce.number().int().positive().default(300),
  PAIRWISE_QUEUE_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be redis://… or rediss://…')
    .optional(),
  PAIRWISE_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .default('pairwise'),
  PAIRWISE_QUEUE_WAIT_MS: z.coerce.number().int().min(1000).default(120_000),
  PAIRWISE_WORKER_CONCURRENCY: z.coerce.number().int().positive().optional(),
  PAIRWISE_TRUSTED_PROXIES: z.string().optional(),
  PAIRWISE_POOL_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  PAIRWISE_POOL_MEMORY_MB: z.coerce.number().int().min(64).default(384),
})

export type DatabaseConfig =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema?: string }

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  database: DatabaseConfig
  anthropic: { apiKey: string; baseURL: string | undefined } | undefined
  assistantModel: string
  judgeModel: string
  runner: 'sandbox' | 'local' | 'auto'
  allowLocalRunnerMultiUser: boolean
  rateLimit: boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  publicOrigin: string | undefined
  /** Extra host names the server answers to (besides loopback, HOST and the public origin). */
  allowedHosts: string[]
  secureCookies: boolean | undefined
  problemsDir: string
  webDist: string
  assistantQuota: { perSession: number; perUserPerDay: number }
  /** The thread pool for CPU-heavy jobs (see workers/pool.ts): threads, heap per thread. */
  pool: { maxThreads: number; memoryMb: number }
  /** Set: runs go through BullMQ on this Redis to `pairwise worker` processes (needs PostgreSQL). */
  queue: QueueConfig | undefined
  /** Proxy addresses (or CIDR blocks) whose X-Forwarded-For is believed. */
  trustedProxies: string[]
  /** How often a quiet assistant stream sends a comment line (proxies close idle streams). */
  sseHeartbeatMs: number
  /** How long open streams may finish after SIGTERM before they are stopped and recorded cut off. */
  shutdownStreamGraceMs: number
}

export interface QueueConfig {
  url: string
  /** Namespaces every Redis key (queue, limits), so deployments and test runs can share a Redis. */
  prefix: string
  /** How long an API request waits for its run, queueing included, before it answers 503. */
  waitMs: number
  /** Jobs one worker process runs at once; default the number of cores. */
  workerConcurrency: number | undefined
}

/** Several machines share one database; SQLite is a file on one of them. */
export class ScaledSqliteError extends Error {
  override readonly name = 'ScaledSqliteError'
}

export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseConfig {
  // The default lives in the project, whichever folder the server was started from.
  if (!url) return { dialect: 'sqlite', file: path.join(REPO_ROOT, 'data/pairwise.db') }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { dialect: 'postgres', url }
  }
  if (url.startsWith('file:')) return { dialect: 'sqlite', file: path.resolve(cwd, url.slice(5)) }
  throw new Error(`DATABASE_URL must be file:PATH or postgres://…, not "${url.split(':')[0]}:…"`)
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`)
  }
  const e = parsed.data
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    anthropic: e.ANTHROPIC_API_KEY
      ? { apiKey: e.ANTHROPIC_API_KEY, baseURL: e.ANTHROPIC_BASE_URL }
      : undefined,
    assistantModel: e.PAIRWISE_ASSISTANT_MODEL,
    judgeModel: e.PAIRWISE_JUDGE_MODEL,
    runner: e.PAIRWISE_RUNNER ?? 'auto',
    allowLocalRunnerMultiUser: e.PAIRWISE_ALLOW_LOCAL_RUNNER_MULTIUSER,
    rateLimit: e.PAIRWISE_RATE_LIMIT,
    logLevel: e.PAIRWISE_LOG_LEVEL,
    publicOrigin: e.PAIRWISE_PUBLIC_ORIGIN,
    allowedHosts: (e.PAIRWISE_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    secureCookies: e.PAIRWISE_SECURE_COOKIES,
    problemsDir: e.PAIRWISE_PROBLEMS_DIR
      ? path.resolve(e.PAIRWISE_PROBLEMS_DIR)
      : path.join(REPO_ROOT, 'packages/problems/problems'),
    webDist: e.PAIRWISE_WEB_DIST
      ? path.resolve(e.PAIRWISE_WEB_DIST)
      : path.join(REPO_ROOT, 'apps/web/dist'),
    assistantQuota: {
      perSession: e.PAIRWISE_ASSISTANT_SESSION_QUOTA,
      perUserPerDay: e.PAIRWISE_ASSISTANT_DAILY_QUOTA,
    },
    pool: { maxThreads: e.PAIRWISE_POOL_THREADS, memoryMb: e.PAIRWISE_POOL_MEMORY_MB },
    queue: e.PAIRWISE_QUEUE_URL
      ? {
          url: e.PAIRWISE_QUEUE_URL,
          prefix: e.PAIRWISE_QUEUE_PREFIX,
          waitMs: e.PAIRWISE_QUEUE_WAIT_MS,
          workerConcurrency: e.PAIRWISE_WORKER_CONCURRENCY,
        }
      : undefined,
    trustedProxies: (e.PAIRWISE_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    sseHeartbeatMs: 15_000,
    shutdownStreamGraceMs: 3_000,
  }
}

/**
 * Refuses, at an API process's boot, a shared queue over SQLite (a worker opens no database, so
 * the check is not part of loadConfig).
 */
export function assertDeployable(config: Config): void {
  if (config.queue && config.database.dialect === 'sqlite') {
    throw new ScaledSqliteError(
      'PAIRWISE_QUEUE_URL is set but the database is SQLite. A shared run queue means several ' +
        'machines, and they must share one database: set DATABASE_URL=postgres://…, or unset ' +
        'PAIRWISE_QUEUE_URL to run everything in this process.',
    )
  }
}

/** A config for tests: defaults, with overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', PAIRWISE_LOG_LEVEL: 'silent' }),
    ...overrides,
  }
}
