// Runs a suite on every dialect: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { DatabaseConfig } from '../../src/config.ts'

export interface DialectCase {
  name: 'sqlite' | 'postgres'
  /** A fresh, empty database, and a function that removes it. */
  create: () => Promise<{ config: DatabaseConfig; drop: () => Promise<void> }>
}

const pgUrl = process.env.TEST_DATABASE_URL

const sqliteCase: DialectCase = {
  name: 'sqlite',
  create: async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-test-'))
    return {
      config: { dialect: 'sqlite', file: path.join(dir, 'test.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  },
}

const postgresCase: DialectCase = {
  name: 'postgres',
  create: async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`
    const client = new pg.Client({ connectionString: pgUrl })
    await client.connect()
    await client.query(`create schema ${schema}`)
    await client.end()
    return {
      config: { dialect: 'postgres', url: pgUrl ?? '', schema },
      drop: async () => {
        const c = new pg.Client({ connectionString: pgUrl })
        await c.connect()
        await c.query(`drop schema ${schema} cascade`)
        await c.end()
      },
    }
  },
}

if (!pgUrl && !process.env.PAIRWISE_QUIET_SKIPS) {
  console.warn('TEST_DATABASE_URL is not set: the PostgreSQL half of the suite is skipped.')
  process.env.PAIRWISE_QUIET_SKIPS = '1'
}

export const DIALECTS: DialectCase[] = pgUrl ? [sqliteCase, postgresCase] : [sqliteCase]
