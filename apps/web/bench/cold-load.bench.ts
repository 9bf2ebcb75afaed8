// Benchmark: a cold first load of the workspace. The real server serves the built app; each run
// is a fresh browser context (empty cache) of a newly signed-up candidate, who opens a problem,
// presses Start and types into the editor. Prints one JSON object per network profile and
// encoding: the median and p95 of Start -> the editor shows typed text, and of opening the
// problem page -> the same, with the bytes received on the wire against their decoded size.
// The `identity` rows refuse compression (Accept-Encoding: identity), as the server answered
// everyone before it served the build's .br and .gz files.
// Bytes are the page's own requests: the editor worker's script, fetched by the worker, is not
// counted. BENCH_RUNS (default 7) sets the runs per row; BENCH_TIMELINE=1 prints each run's requests.
import type { BrowserContext, CDPSession } from 'playwright-core'
import { launchBrowser } from '../test/helpers/browser.ts'
import { ensureWebBuild, startServer } from '../test/helpers/server.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const SLUG = process.env.BENCH_PROBLEM ?? 'ndcg-at-k'
const TIMELINE = Boolean(process.env.BENCH_TIMELINE)

interface Throttle {
  downloadKbps: number
  latencyMs: number
}

/** Loopback as it is, and a throttled link where the bytes on the wire cost time. */
const PROFILES: { name: string; throttle?: Throttle }[] = [
  { name: 'loopback' },
  { name: 'broadband-20mbit', throttle: { downloadKbps: 20_000, latencyMs: 20 } },
]
const ENCODINGS = ['negotiated', 'identity'] as const

interface Transfer {
  path: string
  /** Bytes that crossed the wire: headers and body, compressed when the server compressed it. */
  encoded: number
  /** Body bytes after decoding. */
  decoded: number
  encoding: string
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

async function signUp(base: string, n: number): Promise<string> {
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({
      email: `cold-${n}-${Date.now()}@example.com`,
      password: 'correct horse battery',
      name: `Cold Candidate ${n}`,
    }),
  })
  if (response.status !== 201) throw new Error(`signup answered ${response.status}`)
  return (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
}

/** Records every response's bytes on the wire and decoded through the DevTools protocol. */
async function recordTransfers(cdp: CDPSession): Promise<Transfer[]> {
  const pending = new Map<string, Transfer>()
  const done: Transfer[] = []
  await cdp.send('Network.enable')
  cdp.on('Network.responseReceived', (event) => {
    const encoding = Object.entries(event.response.headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    )?.[1]
    pending.set(event.requestId, {
      path: new URL(event.response.url).pathname,
      encoded: 0,
      decoded: 0,
      encoding: encoding ? String(encoding) : 'identity',
    })
  })
  cdp.on('Network.dataReceived', (event) => {
    const transfer = pending.get(event.requestId)
    if (transfer) transfer.decoded += event.dataLength
  })
  cdp.on('Network.loadingFinished', (event) => {
    const transfer = pending.get(event.requestId)
    if (transfer) done.push({ ...transfer, encoded: event.encodedDataLength })
    pending.delete(event.requestId)
  })
  return done
}

async function coldRun(context: BrowserContext, base: string, throttle: Throttle | undefined) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const transfers = await recordTransfers(cdp)
  if (throttle) {
    const bytesPerSecond = (throttle.downloadKbps * 1000) / 8
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    })
  }
  const opened = Date.now()
  await page.goto(`${base}/problems/${SLUG}`)
  const start = page.getByRole('button', { name: 'Start' })
  await start.waitFor()
  const pressed = Date.now()
  const pressedAt = await page.evaluate(() => performance.now())
  await start.click()
  await page.waitForURL(/\/sessions\//)
  // Editable means: a click puts the caret in the editor and a typed text shows up in it.
  const marker = `cold${Date.now() % 100_000}`
  await page.locator('.monaco-editor .view-lines').click()
  await page.keyboard.insertText(marker)
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('.monaco-editor .view-line')].some((line) =>
        (line.textContent ?? '').includes(text),
      ),
    marker,
    { polling: 'raf' },
  )
  const editable = Date.now()
  if (TIMELINE) {
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('mark')].map(
        (e) => ({ name: e.name, start: e.startTime, end: e.startTime + e.duration }),
      ),
    )
    for (const e of entries.filter((entry) => entry.end > pressedAt))
      console.error(
        `${Math.round(e.start - pressedAt)}..${Math.round(e.end - pressedAt)} ms`,
        e.name,
      )
    console.error(`editable at ${editable - pressed} ms after Start`)
  }
  // Let late chunks (the editor worker) finish, so that their bytes are counted too.
  await page.waitForLoadState('networkidle')
  await page.close()
  return { startMs: editable - pressed, openMs: editable - opened, transfers }
}

async function main() {
  ensureWebBuild()
  const server = await startServer()
  const browser = await launchBrowser()
  let runNumber = 0
  try {
    for (const profile of PROFILES) {
      for (const encoding of ENCODINGS) {
        const starts: number[] = []
        const opens: number[] = []
        const all = { encoded: 0, decoded: 0 }
        const assets = { encoded: 0, decoded: 0, requests: 0, compressed: 0 }
        // One warm-up run (the server's first requests of a kind) is not counted.
        for (let run = 0; run <= RUNS; run++) {
          const cookie = await signUp(server.url, runNumber++)
          const context = await browser.newContext({
            viewport: { width: 1440, height: 900 },
            ...(encoding === 'identity'
              ? { extraHTTPHeaders: { 'Accept-Encoding': 'identity' } }
              : {}),
          })
          const [name, ...value] = cookie.split('=')
          await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.url }])
          const result = await coldRun(context, server.url, profile.throttle)
          await context.close()
          if (run === 0) continue
          starts.push(result.startMs)
          opens.push(result.openMs)
          for (const t of result.transfers) {
            all.encoded += t.encoded
            all.decoded += t.decoded
            if (!t.path.startsWith('/assets/')) continue
            assets.encoded += t.encoded
            assets.decoded += t.decoded
            assets.requests += 1
            if (t.encoding !== 'identity') assets.compressed += 1
          }
        }
        const kb = (bytes: number) => Math.round(bytes / RUNS / 1024)
        console.log(
          JSON.stringify({
            bench: 'cold-load',
            profile: profile.name,
            encoding,
            runs: RUNS,
            startToEditableMs: { median: percentile(starts, 50), p95: percentile(starts, 95) },
            openToEditableMs: { median: percentile(opens, 50), p95: percentile(opens, 95) },
            transferredKB: kb(all.encoded),
            decodedKB: kb(all.decoded),
            ratio: Math.round((all.encoded / Math.max(1, all.decoded)) * 1000) / 1000,
            assetRequests: Math.round(assets.requests / RUNS),
            assetRequestsCompressed: Math.round(assets.compressed / RUNS),
            assetsTransferredKB: kb(assets.encoded),
            assetsDecodedKB: kb(assets.decoded),
          }),
        )
      }
    }
  } finally {
    await browser.close()
    await server.cleanUp()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
