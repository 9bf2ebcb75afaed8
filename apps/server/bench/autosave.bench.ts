// Benchmark: 100 candidates autosaving every second against the real server; then every session's
// stored code and rev are checked against the last write each client had acknowledged.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const PORT = 3903
const BASE = `http://127.0.0.1:${PORT}`

async function call(method: string, p: string, body: unknown, cookie = '') {
  const res = await fetch(`${BASE}${p}`, {
    method,
    headers: { 'content-type': 'application/json', origin: BASE, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return res
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-autosave-'))
  const dbFile = path.join(dir, 'bench.db')
  const server = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'apps/server/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PORT),
        DATABASE_URL: `file:${dbFile}`,
        PAIRWISE_RATE_LIMIT: 'off',
        PAIRWISE_LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  try {
    for (let i = 0; i < 200; i++) {
      try {
        if ((await call('GET', '/api/health', undefined)).ok) break
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const res = await call('POST', '/api/auth/signup', {
          email: `load${i}@example.com`,
          password: 'correct horse battery',
          name: `Load ${i}`,
        })
        const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
        const s = (await (
          await call(
            'POST',
            '/api/sessions',
            { problemSlug: 'ndcg-at-k', language: 'python' },
            cookie,
          )
        ).json()) as {
          session: { id: string; code: string; rev: number }
        }
        return {
          cookie,
          id: s.session.id,
          code: s.session.code,
          rev: s.session.rev,
          acked: s.session.rev,
          ackedCode: s.session.code,
        }
      }),
    )
    const latencies: number[] = []
    let errors = 0
    const deadline = Date.now() + SECONDS * 1000
    await Promise.all(
      clients.map(async (c, i) => {
        // Spread the clients over the first second, then each saves once a second.
        await new Promise((r) => setTimeout(r, (i * 1000) / CLIENTS))
        while (Date.now() < deadline) {
          const started = performance.now()
          const rev = c.rev + 1
          const code = `${c.code}\n# keystroke ${rev} of client ${i}`
          const res = await call('PUT', `/api/sessions/${c.id}/code`, { code, rev }, c.cookie)
          latencies.push(performance.now() - started)
          if (res.status === 200) {
            c.rev = rev
            c.code = code
            c.acked = rev
            c.ackedCode = code
          } else errors++
          await res.arrayBuffer()
          const wait = 1000 - (performance.now() - started)
          if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        }
      }),
    )
    // Every acknowledged write is in the database, in order: the last one is what is stored.
    let lost = 0
    for (const c of clients) {
      const s = (await (
        await call('GET', `/api/sessions/${c.id}`, undefined, c.cookie)
      ).json()) as {
        session: { code: string; rev: number }
      }
      if (s.session.rev !== c.acked || s.session.code !== c.ackedCode) lost++
    }
    console.log(
      JSON.stringify({
        bench: 'autosave-load',
        clients: CLIENTS,
        seconds: SECONDS,
        writes: latencies.length,
        writesPerSecond: Math.round(latencies.length / SECONDS),
        p50Ms: Number(percentile(latencies, 50).toFixed(1)),
        p95Ms: Number(percentile(latencies, 95).toFixed(1)),
        p99Ms: Number(percentile(latencies, 99).toFixed(1)),
        errors,
        lostOrReordered: lost,
        database: 'sqlite',
      }),
    )
  } finally {
    server.kill('SIGTERM')
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
