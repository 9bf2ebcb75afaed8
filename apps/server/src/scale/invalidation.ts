// Cache invalidation across server instances: pg_notify in the changing transaction, LISTEN in each.
import { sql, type Transaction } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.ts'
import type { Db } from '../db/connect.ts'
import type { Database } from '../db/schema.ts'
import type { Logger } from '../logger.ts'

export const CATALOG_CHANNEL = 'pairwise_catalog'

type Executor = Db | Transaction<Database>

/** Sends a change out from inside its transaction (PostgreSQL delivers it at commit). */
interface Transport {
  publish(trx: Executor): Promise<void>
  close(): Promise<void>
}

/**
 * One per database handle. Without a transport (SQLite, one process) a publish reaches this
 * instance's listeners at once; with PostgreSQL it goes out as pg_notify and comes back, to every
 * instance and this one, through each instance's LISTEN connection.
 */
export class InvalidationHub {
  private readonly listeners = new Set<() => void>()
  private transport: Transport | null = null

  get kind(): 'postgres' | 'in-process' {
    return this.transport ? 'postgres' : 'in-process'
  }

  /** Call inside the transaction that changes what caches hold. */
  async publish(trx: Executor): Promise<void> {
    if (this.transport) await this.transport.publish(trx)
    else this.emit()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(): void {
    for (const listener of this.listeners) listener()
  }

  attach(transport: Transport): void {
    this.transport = transport
  }

  async close(): Promise<void> {
    const transport = this.transport
    this.transport = null
    await transport?.close()
  }
}

const hubs = new WeakMap<object, InvalidationHub>()

export function invalidationFor(db: object): InvalidationHub {
  let hub = hubs.get(db)
  if (!hub) hubs.set(db, (hub = new InvalidationHub()))
  return hub
}

/**
 * Opens this instance's dedicated LISTEN connection (a pooled one would lose the LISTEN when it
 * is handed back). Any message clears the caches, and so does every reconnect: a notification
 * sent while the connection was down is lost, so the caches cannot be trusted after one.
 */
export async function listenForInvalidations(
  db: Db,
  database: Extract<DatabaseConfig, { dialect: 'postgres' }>,
  log: Logger,
): Promise<InvalidationHub> {
  const hub = invalidationFor(db)
  // Instances of another deployment in another schema of the same database ignore our changes.
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
  let client: pg.Client | null = null
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let attempt = 0

  const scheduleReconnect = () => {
    if (closed || retry) return
    const delay = Math.min(100 * 2 ** attempt++, 5_000)
    retry = setTimeout(() => {
      retry = undefined
      connect().catch((err: unknown) => {
        log.warn({ err: (err as Error).message }, 'invalidation: reconnect failed; retrying')
        scheduleReconnect()
      })
    }, delay)
  }
  const drop = (dead: pg.Client) => {
    if (client !== dead) return
    client = null
    log.warn('invalidation: LISTEN connection lost; reconnecting')
    void dead.end().catch(() => undefined)
    scheduleReconnect()
  }
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: database.url })
    next.on('notification', (message) => {
      if (message.channel === CATALOG_CHANNEL && message.payload === schema) hub.emit()
    })
    next.on('error', () => drop(next))
    next.on('end', () => drop(next))
    try {
      await next.connect()
      await next.query(`listen ${CATALOG_CHANNEL}`)
    } catch (err) {
      void next.end().catch(() => undefined)
      throw err
    }
    if (closed) {
      await next.end()
      return
    }
    client = next
    attempt = 0
    // Whatever was announced while no connection listened is unknown: start afresh.
    hub.emit()
  }

  await connect()
  hub.attach({
    async publish(trx) {
      await sql`select pg_notify(${CATALOG_CHANNEL}, current_schema())`.execute(trx)
    },
    async close() {
      closed = true
      clearTimeout(retry)
      await client?.end().catch(() => undefined)
    },
  })
  return hub
}
