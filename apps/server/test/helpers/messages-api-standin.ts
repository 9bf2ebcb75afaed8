// A local stand-in for the Anthropic Messages API: replays real SSE frames and errors from a
// script, and records every request, so the real SDK can be tested with no network.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { performance } from 'node:perf_hooks'

export type StandinBlock =
  | { type: 'text'; chunks: string[] }
  | { type: 'tool_use'; id?: string; name: string; input: Record<string, unknown> }

export interface StandinUsage {
  input_tokens: number
  output_tokens: number
  cache_read_input_tokens?: number
  cache_creation_input_tokens?: number
}

/** A reply made of content blocks. Streamed as SSE when the request has `stream: true`, else JSON. */
export interface StandinMessageReply {
  kind: 'message'
  blocks: StandinBlock[]
  /** Delay before `message_start` and the first delta. */
  ttftMs?: number
  /** Delay between deltas. */
  tokenDelayMs?: number
  /** Destroy the socket after this many deltas, mid-stream. */
  breakAfterDeltas?: number
  /** Send an `event: error` frame after this many deltas, then end the stream. */
  errorEventAfterDeltas?: { deltas: number; type: string; message: string }
  usage?: StandinUsage
  stopReason?: 'end_turn' | 'max_tokens' | 'tool_use' | 'stop_sequence' | 'refusal'
  model?: string
  /** Extra response headers, e.g. a `deprecation` notice. */
  headers?: Record<string, string>
}

/** An HTTP error with the API's error body, e.g. 429 rate_limit_error or 529 overloaded_error. */
export interface StandinErrorReply {
  kind: 'error'
  status: number
  type: string
  message?: string
  retryAfterSeconds?: number
}

export type StandinReply = StandinMessageReply | StandinErrorReply

/** Replies in order (the last one repeats), or a function of the request. */
export type StandinScript = StandinReply[] | ((request: RecordedRequest) => StandinReply)

export interface RecordedMessagesBody {
  model?: string
  max_tokens?: number
  stream?: boolean
  system?: string | Array<{ type: string; text: string; cache_control?: { type: string } | null }>
  messages?: Array<{ role: string; content: string | Array<{ type: string; text?: string }> }>
  tools?: unknown[]
  [key: string]: unknown
}

export interface RecordedRequest {
  index: number
  method: string
  path: string
  headers: IncomingMessage['headers']
  /** The body exactly as received, for substring checks. */
  rawBody: string
  body: RecordedMessagesBody
  receivedAt: number
  /** performance.now() at which each delta frame was written, for latency measurements. */
  deltaWrittenAt: number[]
  /** Resolves when the connection closes; `clientAborted` when the client hung up first. */
  closed: Promise<{ clientAborted: boolean }>
}

export interface MessagesApiStandin {
  /** Pass as the SDK's baseURL. */
  baseURL: string
  requests: RecordedRequest[]
  setScript(script: StandinScript): void
  close(): Promise<void>
}

export const standinReplies = {
  text(chunks: string[], options: Omit<StandinMessageReply, 'kind' | 'blocks'> = {}) {
    return {
      kind: 'message',
      blocks: [{ type: 'text', chunks }],
      ...options,
    } satisfies StandinReply
  },
  toolUse(
    name: string,
    input: Record<string, unknown>,
    options: Omit<StandinMessageReply, 'kind' | 'blocks'> = {},
  ) {
    return {
      kind: 'message',
      blocks: [{ type: 'tool_use', name, input }],
      stopReason: 'tool_use',
      ...options,
    } satisfies StandinReply
  },
  rateLimited(retryAfterSeconds = 30): StandinErrorReply {
    return {
      kind: 'error',
      status: 429,
      type: 'rate_limit_error',
      message: 'Number of request tokens has exceeded your per-minute rate limit',
      retryAfterSeconds,
    }
  },
  overloaded(): StandinErrorReply {
    return { kind: 'error', status: 529, type: 'overloaded_error', message: 'Overloaded' }
  },
  error(status: number, type: string, message = type): StandinErrorReply {
    return { kind: 'error', status, type, message }
  },
}

export async function startMessagesApiStandin(
  script: StandinScript = [standinReplies.text(['Hello'])],
): Promise<MessagesApiStandin> {
  let current = script
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const receivedAt = performance.now()
    const rawBody = await readBody(req)
    let resolveClosed: (value: { clientAborted: boolean }) => void = () => {}
    const closed = new Promise<{ clientAborted: boolean }>((resolve) => (resolveClosed = resolve))
    let brokeOnPurpose = false
    res.on('close', () => resolveClosed({ clientAborted: !res.writableEnded && !brokeOnPurpose }))
    const record: RecordedRequest = {
      index: requests.length,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      rawBody,
      body: safeParse(rawBody),
      receivedAt,
      deltaWrittenAt: [],
      closed,
    }
    requests.push(record)
    if (req.method !== 'POST' || !/\/v1\/messages(\?|$)/.test(record.path)) {
      sendError(res, { kind: 'error', status: 404, type: 'not_found_error' })
      return
    }
    const reply =
      typeof current === 'function'
        ? current(record)
        : (current[Math.min(record.index, current.length - 1)] ?? standinReplies.text(['']))
    if (reply.kind === 'error') return sendError(res, reply)
    if (record.body.stream !== true) {
      await sleep(reply.ttftMs ?? 0)
      return sendJson(res, 200, messageObject(reply, record.body), reply.headers)
    }
    await streamMessage(res, reply, record, () => (brokeOnPurpose = true))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    setScript(script: StandinScript) {
      current = script
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

async function streamMessage(
  res: ServerResponse,
  reply: StandinMessageReply,
  record: RecordedRequest,
  markBroken: () => void,
) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'request-id': `req_standin_${record.index}`,
    ...reply.headers,
  })
  res.flushHeaders()
  const usage = reply.usage ?? defaultUsage(reply)
  const write = (event: string, data: unknown) => {
    if (!res.destroyed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  await sleep(reply.ttftMs ?? 0)
  if (res.destroyed) return
  write('message_start', {
    type: 'message_start',
    message: {
      id: `msg_standin_${record.index}`,
      type: 'message',
      role: 'assistant',
      model: reply.model ?? record.body.model ?? 'standin-model',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...usage, output_tokens: 1 },
    },
  })
  let deltas = 0
  // Returns false once the stream must stop (a scripted break or error, or the client left).
  const beforeDelta = async (): Promise<boolean> => {
    if (deltas > 0) await sleep(reply.tokenDelayMs ?? 0)
    if (res.destroyed) return false
    if (reply.breakAfterDeltas !== undefined && deltas >= reply.breakAfterDeltas) {
      markBroken()
      res.socket?.destroy()
      return false
    }
    const scripted = reply.errorEventAfterDeltas
    if (scripted && deltas >= scripted.deltas) {
      write('error', { type: 'error', error: { type: scripted.type, message: scripted.message } })
      res.end()
      return false
    }
    return true
  }
  const delta = (index: number, payload: unknown) => {
    write('content_block_delta', { type: 'content_block_delta', index, delta: payload })
    record.deltaWrittenAt.push(performance.now())
    deltas++
  }
  for (const [index, block] of reply.blocks.entries()) {
    if (block.type === 'text') {
      write('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: { type: 'text', text: '' },
      })
      if (index === 0) write('ping', { type: 'ping' })
      for (const chunk of block.chunks) {
        if (!(await beforeDelta())) return
        delta(index, { type: 'text_delta', text: chunk })
      }
    } else {
      write('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {
          type: 'tool_use',
          id: block.id ?? `toolu_standin_${index}`,
          name: block.name,
          input: {},
        },
      })
      for (const piece of splitInThree(JSON.stringify(block.input))) {
        if (!(await beforeDelta())) return
        delta(index, { type: 'input_json_delta', partial_json: piece })
      }
    }
    write('content_block_stop', { type: 'content_block_stop', index })
  }
  write('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: reply.stopReason ?? 'end_turn', stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  })
  write('message_stop', { type: 'message_stop' })
  res.end()
}

function messageObject(reply: StandinMessageReply, body: RecordedMessagesBody) {
  return {
    id: 'msg_standin',
    type: 'message',
    role: 'assistant',
    model: reply.model ?? body.model ?? 'standin-model',
    content: reply.blocks.map((block, index) =>
      block.type === 'text'
        ? { type: 'text', text: block.chunks.join('') }
        : {
            type: 'tool_use',
            id: block.id ?? `toolu_standin_${index}`,
            name: block.name,
            input: block.input,
          },
    ),
    stop_reason: reply.stopReason ?? 'end_turn',
    stop_sequence: null,
    usage: reply.usage ?? defaultUsage(reply),
  }
}

function sendError(res: ServerResponse, reply: StandinErrorReply) {
  const headers: Record<string, string> = { 'request-id': 'req_standin_error' }
  if (reply.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(reply.retryAfterSeconds)
  sendJson(
    res,
    reply.status,
    {
      type: 'error',
      error: { type: reply.type, message: reply.message ?? reply.type },
      request_id: 'req_standin_error',
    },
    headers,
  )
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

function defaultUsage(reply: StandinMessageReply): StandinUsage {
  const deltas = reply.blocks.reduce(
    (n, block) => n + (block.type === 'text' ? block.chunks.length : 3),
    0,
  )
  return { input_tokens: 100, output_tokens: deltas }
}

function splitInThree(text: string): string[] {
  const size = Math.max(1, Math.ceil(text.length / 3))
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size))
  return pieces
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function safeParse(text: string): RecordedMessagesBody {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as RecordedMessagesBody) : {}
  } catch {
    return {}
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}
