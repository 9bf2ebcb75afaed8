// A server for the catalog benchmark: the real app (mode "pairwise") or a bare Hono route ("bare").
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { buildApp } from '../src/app.ts'
import { loadProblemLibrary, openMigratedDatabase } from '../src/boot.ts'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'

const [mode, port, bodyFile] = process.argv.slice(2)

async function main() {
  if (mode === 'bare') {
    const body = JSON.parse(fs.readFileSync(bodyFile ?? '', 'utf8')) as unknown
    const app = new Hono().get('/api/problems', (c) => c.json(body as object))
    serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () =>
      process.send?.('ready'),
    )
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-bench-'))
  const config = testConfig({ database: { dialect: 'sqlite', file: path.join(dir, 'bench.db') } })
  const log = createLogger('warn')
  const db = await openMigratedDatabase(config)
  await loadProblemLibrary(db, config, log)
  const app = buildApp({ config, db, log })
  serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, () =>
    process.send?.('ready'),
  )
}

void main()
