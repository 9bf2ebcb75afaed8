// Latency floors of the scaled deployment, in one process: queue dispatch and invalidation delivery.
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import pg from 'pg'
import { openDatabase } from '../src/db/connect.ts'
import { createLogger } from '../src/logger.ts'
import type { Runner, RunRequest } from '../src/runner/index.ts'
import { invalidationFor, listenForInvalidations } from '../src/scale/invalidation.ts'
import { createQueueRunner } from '../src/scale/queue-runner.ts'
import { startRunWorker } from '../src/scale/queue-worker.ts'
import os from 'node:os'

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'
const tag = `bench_${randomBytes(4).toString('hex')}`
const log = createLogger('silent')
const out = (o: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'scale-latency', ...o }))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN) * 10) / 10
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port })
    s.setTimeout(1000, () => (s.destroy(), resolve(false)))
    s.once('error', () => resolve(false))
    s.once('connect', () => (s.destroy(), resolve(true)))
  })
}

async function main() {
  if (!(await answers(5432)) || !(await answers(6379))) {
    out({ skipped: 'needs PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379' })
    return
  }
  const loadAverage = os.loadavg().map((x) => Math.round(x * 10) / 10)
  // The floor: one Redis round trip from this process.
  const { Redis } = await import('ioredis')
  const redis = new Redis(REDIS_URL)
  const ping: number[] = []
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now()
    await redis.ping()
    ping.push(performance.now() - t0)
    await sleep(20)
  }
  // Dispatch: the QueueRunner and worker the processes use, with a runner that does nothing.
  const cfg = { url: REDIS_URL, prefix: tag, waitMs: 10_000, workerConcurrency: 1 }
  const noop: Runner = {
    kind: 'sandbox',
    run: async () => ({ status: 'passed', tests: [], stdout: '', stderr: '', durationMs: 0 }),
  }
  const worker = await startRunWorker(cfg, noop, log)
  const runner = await createQueueRunner(cfg, 'sandbox', log)
  const req: RunRequest = { language: 'python', code: '', functionName: 'f', cases: [] }
  const dispatch: number[] = []
  for (let i = 0; i < 110; i++) {
    const t0 = performance.now()
    await runner.run(req)
    if (i >= 10) dispatch.push(performance.now() - t0)
    await sleep(20)
  }
  await runner.close()
  await worker.close()
  const keys = await redis.keys(`${tag}:*`)
  if (keys.length) await redis.del(...keys)
  redis.disconnect()
  out({
    figure: 'queue dispatch overhead, idle',
    n: dispatch.length,
    p50Ms: pct(dispatch, 50),
    p95Ms: pct(dispatch, 95),
    redisPingP50Ms: pct(ping, 50),
    redisPingP95Ms: pct(ping, 95),
    goalP95Ms: 20,
    loadAverage,
  })

  // Invalidation: a commit on one instance's handle until another instance's listener hears it.
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create schema ${tag}`)
  const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${tag}`)}`
  const a = openDatabase({ dialect: 'postgres', url })
  const b = openDatabase({ dialect: 'postgres', url })
  try {
    await listenForInvalidations(a, { dialect: 'postgres', url }, log)
    await listenForInvalidations(b, { dialect: 'postgres', url }, log)
    const heard: number[] = []
    for (let i = 0; i < 50; i++) {
      let committed = 0
      const arrived = new Promise<number>((resolve) => {
        const off = invalidationFor(b).subscribe(() => {
          off()
          resolve(performance.now())
        })
      })
      await a.transaction().execute(async (trx) => {
        await invalidationFor(a).publish(trx)
      })
      committed = performance.now()
      heard.push(Math.max(0, (await arrived) - committed))
      await sleep(20)
    }
    out({
      figure: 'catalog invalidation across instances (commit to the other instance clearing)',
      n: heard.length,
      p50Ms: pct(heard, 50),
      p95Ms: pct(heard, 95),
      goalP95Ms: 50,
    })
  } finally {
    await invalidationFor(a).close()
    await invalidationFor(b).close()
    await a.destroy()
    await b.destroy()
    await admin.query(`drop schema ${tag} cascade`)
    await admin.end()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
