// Two API processes, two workers, BullMQ on Redis and one PostgreSQL, on loopback: throughput, faults, limits.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openDatabase } from '../src/db/connect.ts'
import { createLogger } from '../src/logger.ts'
import { invalidationFor, listenForInvalidations } from '../src/scale/invalidation.ts'
import { WORKER_TIMINGS } from '../src/scale/queue-protocol.ts'
import { createQueueRunner } from '../src/scale/queue-runner.ts'
import { startRunWorker } from '../src/scale/queue-worker.ts'
import type { Runner, RunRequest } from '../src/runner/index.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'
const tag = `bench_${randomBytes(4).toString('hex')}`
const DB_URL = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${tag}`)}`
const log = createLogger('silent')
const WALL_MS = 10_000
const KILL_BOUND_MS =
  WORKER_TIMINGS.lockDurationMs + WORKER_TIMINGS.stalledIntervalMs + WALL_MS + 2_000

const out = (o: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'distributed', ...o }))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN
}
const r1 = (x: number) => Math.round(x * 10) / 10

function answers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port })
    s.setTimeout(1000, () => (s.destroy(), resolve(false)))
    s.once('error', () => resolve(false))
    s.once('connect', () => (s.destroy(), resolve(true)))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

const children = new Set<ChildProcess>()
/** One node process per role (no tsx wrapper), so that kill -9 hits the process that does the work. */
function launch(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

const common = {
  DATABASE_URL: DB_URL,
  PAIRWISE_QUEUE_URL: REDIS_URL,
  PAIRWISE_QUEUE_PREFIX: tag,
  PAIRWISE_LOG_LEVEL: 'warn',
  PAIRWISE_TRUSTED_PROXIES: '127.0.0.1',
  PAIRWISE_QUEUE_WAIT_MS: '60000',
}

function startApi(port: number) {
  return launch(['apps/server/src/main.ts'], { ...common, PORT: String(port) })
}
function startWorker() {
  // One run at a time each: two workers on this 2-core machine stand for two 1-core runner hosts.
  return launch(['apps/server/src/cli.ts', 'worker'], {
    ...common,
    PAIRWISE_WORKER_CONCURRENCY: '1',
  })
}

async function waitHealthy(base: string, ms = 180_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return
    } catch {
      // not yet
    }
    await sleep(300)
  }
  throw new Error(`${base} did not start`)
}

interface Client {
  base: string
  cookie: string
  session: string
  ip: string
}

async function signUp(base: string, n: number): Promise<Client> {
  const ip = `198.51.100.${n}`
  const headers = { 'content-type': 'application/json', origin: base, 'x-forwarded-for': ip }
  const res = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      email: `u${n}-${tag.replace('_', '-')}@example.com`,
      password: 'correct horse battery',
      name: `U${n}`,
    }),
  })
  if (!res.ok) throw new Error(`signup ${res.status} ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const s = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ problemSlug: 'ndcg-at-k', language: 'python' }),
  })
  const body = (await s.json()) as { session: { id: string } }
  // A run of this code costs what the issue says a real one does (0.3–1.5 CPU-seconds): about
  // 0.1 CPU-second a visible case, three of them, plus the interpreter's start.
  const saved = await fetch(`${base}/api/sessions/${body.session.id}/code`, {
    method: 'PUT',
    headers: { ...headers, cookie },
    body: JSON.stringify({ code: WORKLOAD, rev: 2 }),
  })
  if (!saved.ok) throw new Error(`save ${saved.status} ${await saved.text()}`)
  return { base, cookie, session: body.session.id, ip }
}

/** A correct NDCG@k that first spends ~0.1 CPU-second, so that a run is real sandboxed work. */
const WORKLOAD = `import math
import time


def ndcg_at_k(relevances, k):
    start = time.process_time()
    while time.process_time() - start < 0.1:
        pass

    def dcg(labels):
        return sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(labels[:k]))

    ideal = dcg(sorted(relevances, reverse=True))
    return dcg(relevances) / ideal if ideal > 0 else 0.0
`

/** Every run request's status, whichever phase sent it: the rows must match the 200s. */
const allRuns: number[] = []

/** One run request as the browser sends it, through whichever API `base` names. */
async function run(
  client: Client,
  base = client.base,
): Promise<{ status: number; ms: number; end: number; workMs: number }> {
  const started = performance.now()
  const res = await fetch(`${base}/api/sessions/${client.session}/runs`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      cookie: client.cookie,
      'x-forwarded-for': client.ip,
    },
    body: JSON.stringify({ mode: 'run' }),
    signal: AbortSignal.timeout(120_000),
  }).catch(() => null)
  const text = res ? await res.text() : ''
  allRuns.push(res?.status ?? 0)
  // How long the sandbox took, as the worker measured it: busy time, apart from queueing.
  let workMs = 0
  try {
    workMs = Number((JSON.parse(text) as { run?: { durationMs?: number } }).run?.durationMs ?? 0)
  } catch {
    // not a run
  }
  return {
    status: res?.status ?? 0,
    ms: performance.now() - started,
    end: performance.now(),
    workMs,
  }
}

/** Runs `count` requests with `parallel` in flight, users and APIs in turn. */
async function load(clients: Client[], apis: string[], count: number, parallel: number) {
  let next = 0
  const results: Array<{
    status: number
    ms: number
    end: number
    started: number
    workMs: number
  }> = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) {
        const client = clients[i % clients.length] as Client
        const t0 = performance.now()
        const r = await run(client, apis[i % apis.length])
        results.push({ ...r, started: t0 })
      }
    }),
  )
  return { results, seconds: (performance.now() - started) / 1000 }
}

async function main() {
  if (!(await answers(5432)) || !(await answers(6379))) {
    out({ skipped: 'needs PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379' })
    return
  }
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create schema ${tag}`)
  const ports = [await freePort(), await freePort()]
  const apis = ports.map((p) => `http://127.0.0.1:${p}`)
  const benchStart = Date.now()
  try {
    // --- the embedded default opens no Redis connection (started alongside the scaled APIs)
    const plainPort = await freePort()
    const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-plain-'))
    const plain = launch(['apps/server/src/main.ts'], {
      PORT: String(plainPort),
      DATABASE_URL: `file:${path.join(plainDir, 'db.sqlite')}`,
      PAIRWISE_LOG_LEVEL: 'warn',
    })

    // --- boot: the first API migrates the schema, then the second, then the workers
    const api = [startApi(ports[0] as number)]
    await waitHealthy(apis[0] as string)
    api.push(startApi(ports[1] as number))
    await waitHealthy(apis[1] as string)
    await waitHealthy(`http://127.0.0.1:${plainPort}`)
    const ss = spawnSync('ss', ['-tnpH', 'state', 'established'], { encoding: 'utf8' }).stdout
    const plainRedis = ss
      .split('\n')
      .filter((l) => l.includes(`pid=${plain.pid},`) && /:6379\b/.test(l)).length
    const scaledRedis = ss
      .split('\n')
      .filter((l) => l.includes(`pid=${api[0]?.pid},`) && /:6379\b/.test(l)).length
    plain.kill('SIGTERM')
    out({
      figure: 'embedded start opens no Redis connection',
      redisConnections: plainRedis,
      scaledApiRedisConnections: scaledRedis,
    })
    fs.rmSync(plainDir, { recursive: true, force: true })

    const clients: Client[] = []
    for (let n = 1; n <= 10; n++) clients.push(await signUp(apis[n % 2] as string, n))

    // --- queue dispatch overhead, idle: the QueueRunner and worker the processes use, no-op runs
    {
      const prefix = `${tag}_idle`
      const noop: Runner = {
        kind: 'sandbox',
        run: async () => ({ status: 'passed', tests: [], stdout: '', stderr: '', durationMs: 0 }),
      }
      const cfg = { url: REDIS_URL, prefix, waitMs: 10_000, workerConcurrency: 1 }
      const worker = await startRunWorker(cfg, noop, log)
      const runner = await createQueueRunner(cfg, 'sandbox', log)
      const req: RunRequest = { language: 'python', code: '', functionName: 'f', cases: [] }
      const ms: number[] = []
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now()
        await runner.run(req)
        if (i >= 10) ms.push(performance.now() - t0)
        await sleep(20)
      }
      await runner.close()
      await worker.close()
      out({
        figure: 'queue dispatch overhead, idle',
        n: ms.length,
        p50Ms: r1(pct(ms, 50)),
        p95Ms: r1(pct(ms, 95)),
        goalP95Ms: 20,
      })
    }

    // --- throughput 1 -> 2 workers (real sandboxed runs), then backlog drain
    const workers = [startWorker()]
    await sleep(8_000)
    await load(clients, apis, 4, 2) // warm-up
    const one = await load(clients, apis, 16, 4)
    workers.push(startWorker())
    await sleep(8_000)
    const two = await load(clients, apis, 16, 4)
    const t1 = one.results.filter((r) => r.status === 200).length / one.seconds
    const t2 = two.results.filter((r) => r.status === 200).length / two.seconds
    out({
      figure: 'throughput 1 -> 2 workers, real sandboxed runs',
      oneWorkerRunsPerS: r1(t1 * 10) / 10,
      twoWorkersRunsPerS: r1(t2 * 10) / 10,
      ratio: Math.round((t2 / t1) * 100) / 100,
      goal: 1.6,
      cores: os.availableParallelism(),
      loadAverage: os.loadavg().map(r1),
    })
    const backlog = await load(clients, apis, 24, 24)
    const ideal = 24 / (2 * t1)
    const busy = (l: typeof backlog, workers: number) =>
      Math.round(
        (l.results.reduce((s, r) => s + r.workMs, 0) / (workers * l.seconds * 1000)) * 100,
      ) / 100
    const meanWork = (l: typeof backlog) =>
      r1(l.results.reduce((s, r) => s + r.workMs, 0) / Math.max(1, l.results.length))
    out({
      figure: 'backlog drain',
      runs: 24,
      seconds: r1(backlog.seconds),
      idealSeconds: r1(ideal),
      ofIdeal: Math.round((ideal / backlog.seconds) * 100) / 100,
      // Worker time in runs over the time the workers had: low means workers waited for jobs,
      // while a mean run time above the one-worker phase's means runs slowed (CPU contention).
      workersBusy: { oneWorker: busy(one, 1), twoWorkers: busy(two, 2), backlog: busy(backlog, 2) },
      meanRunMs: {
        oneWorker: meanWork(one),
        twoWorkers: meanWork(two),
        backlog: meanWork(backlog),
      },
      goal: 0.9,
      statuses: [...new Set(backlog.results.map((r) => r.status))],
    })

    // --- rate limit across two APIs: login, 10 a minute per client
    {
      const statuses: number[] = []
      for (let i = 0; i < 30; i++) {
        const base = apis[i % 2] as string
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: base,
            'x-forwarded-for': '203.0.113.77',
          },
          body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' }),
        })
        await res.text()
        statuses.push(res.status)
      }
      // A spoofed header from a peer that is not a proxy changes nothing: loopback is the proxy
      // here, so the spoof is the client's own left part of the chain.
      out({
        figure: 'rate limit across two APIs',
        limit: 10,
        attempts: 30,
        admitted: statuses.filter((s) => s !== 429).length,
      })
    }

    // --- catalog invalidation across instances: a change committed here, seen by each API
    {
      const db = openDatabase({ dialect: 'postgres', url: DB_URL })
      await listenForInvalidations(db, { dialect: 'postgres', url: DB_URL }, log)
      const ms: number[] = []
      for (let i = 0; i < 20; i++) {
        const base = apis[i % 2] as string
        // Prime the API's cache, so that only an invalidation (not the 5 s TTL) can show the change.
        await fetch(`${base}/api/problems`).then((r) => r.text())
        const title = `NDCG ${tag} ${i}`
        await db.transaction().execute(async (trx) => {
          await trx.updateTable('problems').set({ title }).where('slug', '=', 'ndcg-at-k').execute()
          await invalidationFor(db).publish(trx)
        })
        const t0 = performance.now()
        for (;;) {
          const body = await fetch(`${base}/api/problems`).then((r) => r.text())
          if (body.includes(title)) break
          if (performance.now() - t0 > 6_000) break
        }
        ms.push(performance.now() - t0)
      }
      await invalidationFor(db).close()
      await db.destroy()
      // What one catalog request costs here: the observed figure includes at least one of them.
      const get: number[] = []
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now()
        await fetch(`${apis[i % 2]}/api/problems`).then((r) => r.text())
        get.push(performance.now() - t0)
      }
      out({
        figure: 'catalog invalidation across instances (commit to an API answering the change)',
        cachedRequestP50Ms: r1(pct(get, 50)),
        cachedRequestP95Ms: r1(pct(get, 95)),
        n: ms.length,
        p50Ms: r1(pct(ms, 50)),
        p95Ms: r1(pct(ms, 95)),
        goalP95Ms: 50,
      })
    }

    // --- 100 runs with 3 worker kills (-9) mid-job; each killed worker is replaced
    {
      const inFlight = new Map<number, number>()
      let next = 0
      let done = 0
      const statuses: number[] = []
      const answeredAfterKill: number[] = []
      const killWhenDone = [20, 50, 80]
      let kills = 0
      let finished = false
      // Kills only while both workers (one run each) hold a run that started at least 150 ms ago:
      // past dispatch and the interpreter's start, so the kill lands mid-job.
      const killer = (async () => {
        while (!finished && killWhenDone.length) {
          const busy = [...inFlight.values()].filter((t) => performance.now() - t > 150)
          if (done >= (killWhenDone[0] as number) && busy.length >= 2) {
            killWhenDone.shift()
            const victim = workers.shift() as ChildProcess
            const at = performance.now()
            const waiting = [...inFlight.keys()]
            victim.kill('SIGKILL')
            kills++
            workers.push(startWorker())
            void (async () => {
              while (waiting.some((k) => inFlight.has(k))) await sleep(20)
              answeredAfterKill.push(performance.now() - at)
            })()
          }
          await sleep(25)
        }
      })()
      await Promise.all(
        Array.from({ length: 2 }, async () => {
          for (let i = next++; i < 100; i = next++) {
            const client = clients[i % clients.length] as Client
            inFlight.set(i, performance.now())
            const r = await run(client, apis[i % 2])
            inFlight.delete(i)
            done++
            statuses.push(r.status)
          }
        }),
      )
      finished = true
      await killer
      while (answeredAfterKill.length < kills) await sleep(50)
      const counts = await admin.query(
        `select (select count(*) from ${tag}.runs) as runs,
                (select count(distinct id) from ${tag}.runs) as ids,
                (select count(*) from ${tag}.transcript_events where type = 'run') as events`,
      )
      const ok = statuses.filter((s) => s === 200).length
      out({
        figure: 'jobs lost and duplicate results (100 runs, worker kills)',
        requests: 100,
        answered200: ok,
        otherStatuses: statuses.filter((s) => s !== 200),
        jobsLost: 100 - ok,
        kills,
        allRunRequests: allRuns.length,
        allAnswered200: allRuns.filter((s) => s === 200).length,
        runsRows: Number(counts.rows[0].runs),
        distinctRunIds: Number(counts.rows[0].ids),
        transcriptRunEvents: Number(counts.rows[0].events),
      })
      out({
        figure: 'runs on a killed worker answered within lock + stall + wall + 2 s',
        kills,
        answeredAfterKillMs: answeredAfterKill.map(Math.round),
        boundMs: KILL_BOUND_MS,
        within: answeredAfterKill.every((ms) => ms <= KILL_BOUND_MS),
      })
    }

    // --- kill -9 of an API process with assistant replies streaming
    {
      const victim = clients.filter((c) => c.base === apis[1]).slice(0, 4)
      const readers = await Promise.all(
        victim.map(async (c) => {
          const res = await fetch(`${c.base}/api/sessions/${c.session}/assistant`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              origin: c.base,
              cookie: c.cookie,
              'x-forwarded-for': c.ip,
            },
            body: JSON.stringify({
              message: 'Can you explain the edge cases of this problem in detail?',
            }),
          })
          const reader = res.body?.getReader()
          await reader?.read()
          return reader
        }),
      )
      api[1]?.kill('SIGKILL')
      await Promise.all(readers.map((r) => r?.cancel().catch(() => undefined)))
      await sleep(500)
      const orphans = await admin.query(
        `select count(*) as n from ${tag}.transcript_events t
         where t.type = 'assistant_message' and not exists (
           select 1 from ${tag}.transcript_events r
           where r.session_id = t.session_id and r.seq = t.seq + 1 and r.type = 'assistant_reply')`,
      )
      const turns = await admin.query(
        `select count(*) as n from ${tag}.transcript_events where type = 'assistant_message'`,
      )
      out({
        figure: 'assistant turns without a recorded reply after an API kill',
        streamsCut: victim.length,
        userTurns: Number(turns.rows[0].n),
        turnsWithoutReply: Number(orphans.rows[0].n),
      })
      // The surviving API still serves runs.
      const after = await run(clients[0] as Client, apis[0])
      out({ figure: 'surviving API after the kill', runStatus: after.status })
    }
    for (const w of workers) w.kill('SIGTERM')
    api[0]?.kill('SIGTERM')

    // --- a Redis restart: a redis-server of our own, never the shared one
    await redisRestart()
    out({ figure: 'wall time', seconds: Math.round((Date.now() - benchStart) / 1000) })
  } finally {
    for (const child of children) child.kill('SIGKILL')
    await admin.query(`drop schema ${tag} cascade`).catch(() => undefined)
    await admin.end()
    const { Redis } = await import('ioredis')
    const redis = new Redis(REDIS_URL)
    for (const prefix of [tag, `${tag}_idle`]) {
      const keys = await redis.keys(`${prefix}:*`)
      if (keys.length) await redis.del(...keys)
    }
    redis.disconnect()
  }
}

/** Runs wait on a queue whose Redis restarts (AOF on, as in the compose file); none may hang. */
async function redisRestart() {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-redis-'))
  const startRedis = () =>
    spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    )
  let server = startRedis()
  while (!(await answers(port))) await sleep(50)
  const url = `redis://127.0.0.1:${port}`
  const waitMs = 8_000
  const cfg = { url, prefix: tag, waitMs, workerConcurrency: 2 }
  const slow: Runner = {
    kind: 'sandbox',
    run: async () => {
      await sleep(1_500)
      return { status: 'passed', tests: [], stdout: '', stderr: '', durationMs: 1500 }
    },
  }
  const worker = await startRunWorker(cfg, slow, log)
  const runner = await createQueueRunner(cfg, 'sandbox', log)
  const req: RunRequest = { language: 'python', code: '', functionName: 'f', cases: [] }
  const outcomes: Array<'ok' | 'error' | 'hung'> = []
  const pending = Array.from({ length: 12 }, async (_, i) => {
    await sleep(i * 150)
    const settled = await Promise.race([
      runner.run(req).then(
        () => 'ok' as const,
        () => 'error' as const,
      ),
      sleep(waitMs + 5_000).then(() => 'hung' as const),
    ])
    outcomes.push(settled)
  })
  await sleep(700)
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  await sleep(1_000)
  server = startRedis()
  await Promise.all(pending)
  // And after the restart, the queue serves again.
  const after = await runner.run(req).then(
    () => 'ok',
    (e: Error) => e.message,
  )
  await runner.close()
  await worker.close(true)
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  fs.rmSync(dir, { recursive: true, force: true })
  out({
    figure: 'requests hung after a Redis restart',
    requests: outcomes.length,
    answered: outcomes.filter((o) => o === 'ok').length,
    clearErrors: outcomes.filter((o) => o === 'error').length,
    hung: outcomes.filter((o) => o === 'hung').length,
    afterRestart: after,
  })
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
