// Benchmark: GET /api/problems through the whole app, beside a bare Hono route sending the same JSON.
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const here = path.dirname(fileURLToPath(import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

function start(mode: string, port: number, bodyFile = ''): Promise<ChildProcess> {
  const child = fork(path.join(here, 'serve-catalog.ts'), [mode, String(port), bodyFile], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  })
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child))
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)))
  })
}

async function load(url: string): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url, connections: 16, duration: SECONDS, pipelining: 1 })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function main() {
  const app = await start('pairwise', 3901)
  const body = await (await fetch('http://127.0.0.1:3901/api/problems')).text()
  const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-bench-')), 'body.json')
  fs.writeFileSync(bodyFile, body)
  const bare = await start('bare', 3902, bodyFile)
  if ((await (await fetch('http://127.0.0.1:3902/api/problems')).text()) !== body)
    throw new Error('bodies differ')
  try {
    // Warm both, then alternate rounds so drift on a shared machine hits both alike.
    await autocannon({ url: 'http://127.0.0.1:3901/api/problems', connections: 8, duration: 1 })
    await autocannon({ url: 'http://127.0.0.1:3902/api/problems', connections: 8, duration: 1 })
    const ours: number[] = []
    const bares: number[] = []
    const p99s: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const a = await load('http://127.0.0.1:3901/api/problems')
      const b = await load('http://127.0.0.1:3902/api/problems')
      ours.push(a.rps)
      bares.push(b.rps)
      p99s.push(a.p99)
    }
    console.log(
      JSON.stringify({
        bench: 'catalog-throughput',
        problems: (JSON.parse(body) as { problems: unknown[] }).problems.length,
        bodyBytes: body.length,
        pairwiseRps: Math.round(median(ours)),
        bareHonoRps: Math.round(median(bares)),
        ratio: Number((median(ours) / median(bares)).toFixed(3)),
        pairwiseP99Ms: median(p99s),
        rounds: ROUNDS,
        secondsPerRound: SECONDS,
      }),
    )
  } finally {
    app.kill()
    bare.kill()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
