// Model deprecations, gathered from every place the Anthropic side reports one (the SDK's own
// deprecation table, deprecation headers on API responses, error messages) and stored in
// model_notices so an admin sees them on the Users page, not only in the log.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Db } from '../db/connect.ts'
import type { Logger } from '../logger.ts'

export type NoticeSource = 'sdk_table' | 'header' | 'error'

export interface ModelNotice {
  model: string
  source: NoticeSource
  message: string
  firstSeenAt: string
  lastSeenAt: string
  count: number
}

/**
 * The SDK's table of deprecated models and their end-of-life dates. The SDK warns from it on
 * stderr but does not export it, so it is read from the installed package's file.
 */
export function sdkDeprecationTable(): Record<string, string> {
  try {
    const require = createRequire(import.meta.url)
    const entry = require.resolve('@anthropic-ai/sdk')
    const file = path.join(path.dirname(entry), 'internal/data/deprecated-models.js')
    if (!fs.existsSync(file)) return {}
    const mod = require(file) as { DEPRECATED_MODELS?: Record<string, string> }
    return mod.DEPRECATED_MODELS ?? {}
  } catch {
    return {}
  }
}

/** Response headers that announce a deprecation: RFC 9745 `Deprecation`, RFC 8594 `Sunset`,
 * and any vendor header whose name mentions deprecation. */
export function deprecationFromHeaders(headers: Headers): string | null {
  const parts: string[] = []
  headers.forEach((value, name) => {
    const n = name.toLowerCase()
    if (n === 'deprecation' || n === 'sunset' || n.includes('deprecat')) {
      parts.push(`${n}: ${value.slice(0, 300)}`)
    }
  })
  return parts.length ? parts.join('; ') : null
}

const DEPRECATION_TEXT = /deprecat|end[- ]of[- ]life|retired|no longer (?:available|supported)/i

/** Whether an API error's message speaks of the model's deprecation or retirement. */
export function isDeprecationMessage(message: string): boolean {
  return DEPRECATION_TEXT.test(message.slice(0, 2_000))
}

export class ModelNotices {
  #db: Db | undefined
  readonly #log: Logger
  /** Notices seen before a database was attached (boot), written when it is. */
  readonly #pending: { model: string; source: NoticeSource; message: string }[] = []
  readonly #logged = new Set<string>()

  constructor(log: Logger) {
    this.#log = log
  }

  attach(db: Db): void {
    this.#db = db
    for (const n of this.#pending.splice(0)) void this.record(n.model, n.source, n.message)
  }

  /** Checks configured models against the SDK's table (at boot). */
  checkConfigured(models: string[]): void {
    const table = sdkDeprecationTable()
    for (const model of new Set(models)) {
      const eol = table[model]
      if (eol) {
        void this.record(
          model,
          'sdk_table',
          `The SDK lists ${model} as deprecated, reaching end-of-life on ${eol}. Set PAIRWISE_ASSISTANT_MODEL / PAIRWISE_JUDGE_MODEL to a current model.`,
        )
      }
    }
  }

  /**
   * A fetch for the SDK that notes deprecation headers on every Messages API response, and an
   * error answer whose message speaks of deprecation (e.g. a retired model's 404).
   */
  observingFetch(model: string, inner: typeof fetch = fetch): typeof fetch {
    return async (input, init) => {
      const response = await inner(input, init)
      const notice = deprecationFromHeaders(response.headers)
      if (notice) void this.record(model, 'header', notice)
      if (!response.ok) {
        // A clone, so the SDK still reads the body and raises its typed error as before.
        const text = await response
          .clone()
          .text()
          .catch(() => '')
        if (isDeprecationMessage(text)) void this.record(model, 'error', text.slice(0, 1_000))
      }
      return response
    }
  }

  async record(model: string, source: NoticeSource, message: string): Promise<void> {
    const key = `${model}|${source}`
    // Logged once per process; the table keeps the count and the latest wording.
    if (!this.#logged.has(key)) {
      this.#logged.add(key)
      this.#log.warn({ model, source, message }, 'model deprecation reported')
    }
    const db = this.#db
    if (!db) {
      this.#pending.push({ model, source, message })
      return
    }
    const now = new Date().toISOString()
    try {
      await db
        .insertInto('model_notices')
        .values({
          model,
          source,
          message,
          first_seen_at: now,
          last_seen_at: now,
          count: 1,
        })
        .onConflict((oc) =>
          oc.columns(['model', 'source']).doUpdateSet((eb) => ({
            message,
            last_seen_at: now,
            count: eb('model_notices.count', '+', 1),
          })),
        )
        .execute()
    } catch (err) {
      this.#log.error({ err }, 'could not store a model notice')
    }
  }
}

export async function listModelNotices(db: Db): Promise<ModelNotice[]> {
  const rows = await db
    .selectFrom('model_notices')
    .selectAll()
    .orderBy('last_seen_at', 'desc')
    .execute()
  return rows.map((r) => ({
    model: r.model,
    source: r.source as NoticeSource,
    message: r.message,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    count: Number(r.count),
  }))
}
