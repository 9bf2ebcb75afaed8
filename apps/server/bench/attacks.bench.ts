// Benchmark: /api/health latency (p50, p99) while each known attack runs against a real server,
// beside a baseline with no attack in the same run. One JSON line per attack.
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { buildApp } from '../src/app.ts'
import { loadProblemLibrary, openMigratedDatabase } from '../src/boot.ts'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { createServices } from '../src/services.ts'
import { ATTACKS } from './attacks.ts'

const here = fileURLToPath(import.meta.url)
const PORT = 3911
const BASE = `http://127.0.0.1:${PORT}`
const BASELINE_MS = Number(process.env.BENCH_BASELINE_MS ?? 3_000)

/** The server: the real app and services, in a process of its own. */
async function serveApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-bench-'))
  const config = testConfig({
    database: { dialect: 'sqlite', file: path.join(dir, 'bench.db') },
    rateLimit: false,
    runner: fs.existsSync('/usr/bin/bwrap') ? 'sandbox' : 'local',
  })
  const log = createLogger('warn')
  const db = await openMigratedDatabase(config)
  await loadProblemLibrary(db, config, log)
  const services = await createServices(config, log)
  const app = buildApp({ config, db, log, ...services })
  serve({ fetch: app.fetch, port: PORT, hostname: '127.0.0.1' }, () => process.send?.('ready'))
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
const round1 = (x: number) => Math.round(x * 10) / 10

/** Asks /api/health back to back (one connection, as a load balancer would) until `until` ends. */
async function probeHealth(until: Promise<unknown>) {
  let done = false
  void until.finally(() => {
    done = true
  })
  const latencies: number[] = []
  while (!done) {
    const started = performance.now()
    const res = await fetch(`${BASE}/api/health`)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`health answered ${res.status}`)
    latencies.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const sorted = latencies.sort((a, b) => a - b)
  return {
    healthP50Ms: round1(quantile(sorted, 0.5)),
    healthP99Ms: round1(quantile(sorted, 0.99)),
    healthMaxMs: round1(sorted.at(-1) ?? 0),
    healthRequests: sorted.length,
  }
}

async function main() {
  const server = fork(here, ['serve'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  await new Promise((resolve, reject) => {
    server.once('message', resolve)
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  try {
    const signup = await fetch(`${BASE}/api/auth/signup`, {
      method: 'POST',
      headers: { origin: BASE, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.com', password: 'bench password 1', name: 'B' }),
    })
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const api = async (method: string, url: string, body?: unknown) => {
      const res = await fetch(`${BASE}/api${url}`, {
        method,
        headers: { origin: BASE, cookie, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: res.status, text: await res.text() }
    }
    const idle = new Promise((resolve) => setTimeout(resolve, BASELINE_MS))
    console.log(
      JSON.stringify({ bench: 'attack-health', attack: 'none', ...(await probeHealth(idle)) }),
    )
    for (const attack of ATTACKS) {
      const prepared = await attack.prepare(api)
      const started = performance.now()
      let answer = { status: 0, text: '' }
      const running = attack.send(api, prepared).then((a) => {
        answer = a
      })
      const health = await probeHealth(running)
      console.log(
        JSON.stringify({
          bench: 'attack-health',
          attack: attack.name,
          ...health,
          attackMs: Math.round(performance.now() - started),
          answer: attack.summarise(answer),
        }),
      )
    }
  } finally {
    server.kill('SIGTERM')
  }
}

if (process.argv[2] === 'serve') void serveApp()
else
  main().catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
