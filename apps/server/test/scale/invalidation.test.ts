// Catalog invalidation: in-process on SQLite; pg_notify to every instance (and after reconnects) on PostgreSQL.
import type { ProblemSummary } from '@pairwise/shared'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openMigratedDatabase } from '../../src/boot.ts'
import { testConfig } from '../../src/config.ts'
import type { Db } from '../../src/db/connect.ts'
import { createLogger } from '../../src/logger.ts'
import { catalogCacheFor } from '../../src/problems/catalog-cache.ts'
import { invalidationFor, listenForInvalidations } from '../../src/scale/invalidation.ts'
import { DIALECTS } from '../helpers/dialects.ts'

const log = createLogger('silent')
const postgres = DIALECTS.find((d) => d.name === 'postgres')
const sqlite = DIALECTS.find((d) => d.name === 'sqlite')!

const summary = (slug: string): ProblemSummary => ({
  slug,
  title: slug,
  areas: [],
  difficulty: 'easy',
  languages: ['python'],
})

/** Fills the instance's cache with a marker answer; true while the cache still holds it. */
async function fill(db: Db, marker: string): Promise<() => Promise<boolean>> {
  catalogCacheFor(db).clear()
  await catalogCacheFor(db).get({}, async () => [summary(marker)])
  return async () => {
    const got = await catalogCacheFor(db).get({}, async () => [summary('fresh')])
    return got[0]?.slug === marker
  }
}

async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return false
}

describe('invalidation on SQLite (one process)', () => {
  it('clears the cache in-process when a change is published inside its transaction', async () => {
    const { config, drop } = await sqlite.create()
    const db = await openMigratedDatabase(testConfig({ database: config }))
    try {
      expect(invalidationFor(db).kind).toBe('in-process')
      const cached = await fill(db, 'old')
      expect(await cached()).toBe(true)
      await db.transaction().execute((trx) => invalidationFor(db).publish(trx))
      expect(await cached()).toBe(false)
    } finally {
      await db.destroy()
      await drop()
    }
  })
})

describe.skipIf(!postgres)('invalidation across instances on PostgreSQL', () => {
  let a: Db
  let b: Db
  let drop: () => Promise<void>
  beforeAll(async () => {
    const made = await postgres!.create()
    drop = made.drop
    const config = testConfig({ database: made.config })
    // Two handles on one schema: two server instances, each with its own cache and LISTEN.
    a = await openMigratedDatabase(config)
    b = await openMigratedDatabase(config)
    const database = made.config as Extract<typeof made.config, { dialect: 'postgres' }>
    const url = `${database.url}${database.url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${database.schema}`)}`
    await listenForInvalidations(a, { ...database, url }, log)
    await listenForInvalidations(b, { ...database, url }, log)
  })
  afterAll(async () => {
    await invalidationFor(a).close()
    await invalidationFor(b).close()
    await a.destroy()
    await b.destroy()
    await drop()
  })

  it("clears another instance's cache when a change commits, and not before", async () => {
    const stale = await fill(b, 'before')
    await a.transaction().execute(async (trx) => {
      await invalidationFor(a).publish(trx)
      // Not yet committed: the other instance must not have heard anything.
      await new Promise((r) => setTimeout(r, 200))
      expect(await stale()).toBe(true)
    })
    expect(await until(async () => !(await stale()))).toBe(true)
  })

  it('does not clear on a rolled-back change', async () => {
    const stale = await fill(b, 'kept')
    await a
      .transaction()
      .execute(async (trx) => {
        await invalidationFor(a).publish(trx)
        throw new Error('rollback')
      })
      .catch(() => undefined)
    await new Promise((r) => setTimeout(r, 500))
    expect(await stale()).toBe(true)
  })

  it('clears after its LISTEN connection is lost and comes back', async () => {
    const stale = await fill(b, 'before-reconnect')
    // Kill every LISTEN connection on the channel (ours: a and b), as a database restart would.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where query ilike 'listen pairwise_catalog%' and pid <> pg_backend_pid()`.execute(a)
    expect(await until(async () => !(await stale()))).toBe(true)
    // And it listens again afterwards.
    const again = await fill(b, 'after-reconnect')
    await a.transaction().execute((trx) => invalidationFor(a).publish(trx))
    expect(await until(async () => !(await again()))).toBe(true)
  })
})
