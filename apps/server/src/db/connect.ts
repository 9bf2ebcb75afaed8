// Opens the database for either dialect, with SQLite tuned for durability and concurrent readers.
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.ts'
import type { Database } from './schema.ts'

export type Db = Kysely<Database>

export function openDatabase(config: DatabaseConfig): Db {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 10,
      // Tests isolate themselves in a schema of their own.
      ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
    })
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true })
  const sqlite = new SQLite(config.file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}

/** A cheap round trip, for the health check. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}
