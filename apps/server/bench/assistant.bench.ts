// Benchmark: assistant streaming latency against the local Messages API stand-in, directly through
// the SDK provider and through a Hono route that forwards the events as SSE, as the real route does.
import { performance } from 'node:perf_hooks'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { AnthropicProvider, toAssistantProblem, toSseMessages } from '../src/assistant/index.ts'
import type { AssistantRequest } from '../src/assistant/index.ts'
import { startMessagesApiStandin, standinReplies } from '../test/helpers/messages-api-standin.ts'
import type { RecordedRequest } from '../test/helpers/messages-api-standin.ts'

const TTFT_MS = Number(process.env.BENCH_TTFT_MS ?? 50)
const TOKEN_DELAY_MS = Number(process.env.BENCH_TOKEN_DELAY_MS ?? 5)
const TOKENS = Number(process.env.BENCH_TOKENS ?? 40)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)

const chunks = Array.from({ length: TOKENS }, (_, i) => `tok${i} `)
const request: AssistantRequest = {
  policy: 'coach',
  problem: toAssistantProblem({
    slug: 'bench',
    title: 'Benchmark problem',
    areas: ['ranking'],
    difficulty: 'easy',
    languages: ['python'],
    functionNames: { python: 'f' },
    timeLimitMs: 1000,
    memoryMb: undefined,
    assistant: 'coach',
    statement: 'Write `f(x)`.',
    starter: { python: 'def f(x):\n    raise NotImplementedError\n' },
    solutions: {},
    cases: [],
    rubric: { criteria: [], referenceExplanation: '-' },
    hints: ['Think.'],
    contentHash: 'bench',
  }),
  language: 'python',
  code: 'def f(x):\n    return x\n',
  lastRun: null,
  history: [],
  message: 'hint?',
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}
const round = (x: number) => Math.round(x * 100) / 100

interface RunTimes {
  start: number
  arrivals: number[]
  upstream: RecordedRequest
}

function figures(bench: string, runs: RunTimes[]) {
  const firstLag = runs.map((r) => (r.arrivals[0] ?? NaN) - (r.upstream.deltaWrittenAt[0] ?? NaN))
  const clientTtft = runs.map((r) => (r.arrivals[0] ?? NaN) - r.start)
  const tokenLag = runs.flatMap((r) =>
    r.arrivals.slice(1).map((at, i) => at - (r.upstream.deltaWrittenAt[i + 1] ?? NaN)),
  )
  const gaps = runs.flatMap((r) => r.arrivals.slice(1).map((at, i) => at - (r.arrivals[i] ?? at)))
  return {
    bench,
    runs: runs.length,
    tokens: TOKENS,
    standinTtftMs: TTFT_MS,
    standinTokenDelayMs: TOKEN_DELAY_MS,
    clientTtftMedianMs: round(quantile(clientTtft, 0.5)),
    clientTtftP95Ms: round(quantile(clientTtft, 0.95)),
    firstTokenExtraMedianMs: round(quantile(firstLag, 0.5)),
    firstTokenExtraP95Ms: round(quantile(firstLag, 0.95)),
    perTokenForwardMedianMs: round(quantile(tokenLag, 0.5)),
    perTokenForwardP95Ms: round(quantile(tokenLag, 0.95)),
    interArrivalMedianMs: round(quantile(gaps, 0.5)),
  }
}

async function main() {
  const standin = await startMessagesApiStandin([
    standinReplies.text(chunks, { ttftMs: TTFT_MS, tokenDelayMs: TOKEN_DELAY_MS }),
  ])
  const provider = new AnthropicProvider({
    apiKey: 'bench-key',
    baseURL: standin.baseURL,
    model: 'bench-model',
    maxTokens: 1024,
  })

  // (a) The provider alone: time from the stand-in writing a delta to the SDK handing it to us.
  const direct: RunTimes[] = []
  for (let run = 0; run < RUNS + 2; run++) {
    const before = standin.requests.length
    const start = performance.now()
    const arrivals: number[] = []
    for await (const event of provider.stream(request, new AbortController().signal)) {
      if (event.type === 'text') arrivals.push(performance.now())
    }
    const upstream = standin.requests[before]
    if (!upstream || arrivals.length !== TOKENS) throw new Error('direct run lost tokens')
    if (run >= 2) direct.push({ start, arrivals, upstream }) // the first two warm up
  }
  console.log(JSON.stringify(figures('assistant-stream-direct-sdk', direct)))

  // (b) Through a Hono route that streams the provider's events as SSE, like the real route.
  const app = new Hono().post('/assistant', (c) =>
    streamSSE(c, async (stream) => {
      const controller = new AbortController()
      stream.onAbort(() => controller.abort())
      for await (const event of provider.stream(request, controller.signal)) {
        for (const message of toSseMessages(event)) await stream.writeSSE(message)
      }
    }),
  )
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  const viaHono: RunTimes[] = []
  for (let run = 0; run < RUNS + 2; run++) {
    const before = standin.requests.length
    const start = performance.now()
    const arrivals = await readSseDeltas(`http://127.0.0.1:${port}/assistant`)
    const upstream = standin.requests[before]
    if (!upstream || arrivals.length !== TOKENS) throw new Error('hono run lost tokens')
    if (run >= 2) viaHono.push({ start, arrivals, upstream })
  }
  const hono = figures('assistant-stream-hono-sse', viaHono)
  const directFigures = figures('direct', direct)
  console.log(
    JSON.stringify({
      ...hono,
      extraFirstByteVsDirectMedianMs: round(
        hono.firstTokenExtraMedianMs - directFigures.firstTokenExtraMedianMs,
      ),
      extraPerTokenVsDirectMedianMs: round(
        hono.perTokenForwardMedianMs - directFigures.perTokenForwardMedianMs,
      ),
    }),
  )
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await standin.close()
}

/** Reads an SSE response and notes when each `delta` event's bytes arrive. */
async function readSseDeltas(url: string): Promise<number[]> {
  const response = await fetch(url, { method: 'POST' })
  if (!response.body) throw new Error('no body')
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const arrivals: number[] = []
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    const now = performance.now()
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (/^event: delta$/m.test(frame)) arrivals.push(now)
    }
  }
  return arrivals
}

await main()
