// The offline coach provider: the default without an API key. It composes a deterministic reply
// and streams it in word groups.
import type {
  AssistantEvent,
  AssistantProvider,
  AssistantRequest,
  AssistantUsage,
} from '../types.ts'
import { ASSISTANT_ERROR_MESSAGES } from '../errors.ts'
import { AppError } from '../../http/errors.ts'
import { workerPool } from '../../workers/pool.ts'
import { chunkText } from './chunk-text.ts'
import { OFFLINE_COACH_MODEL } from './replies.ts'

export interface OfflineCoachOptions {
  /** Pause between word groups; 0 sends them back to back. */
  chunkDelayMs?: number
  wordsPerChunk?: number
}

const DEFAULT_CHUNK_DELAY_MS = 12

export class OfflineCoachProvider implements AssistantProvider {
  readonly name = 'offline'
  readonly model = OFFLINE_COACH_MODEL
  readonly #chunkDelayMs: number
  readonly #wordsPerChunk: number

  constructor(options: OfflineCoachOptions = {}) {
    this.#chunkDelayMs = options.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS
    this.#wordsPerChunk = options.wordsPerChunk ?? 3
  }

  async *stream(input: AssistantRequest, signal: AbortSignal): AsyncIterable<AssistantEvent> {
    // No model runs, so no tokens are spent.
    const usage: AssistantUsage = {
      inputTokens: 0,
      outputTokens: 0,
      provider: 'offline',
      model: OFFLINE_COACH_MODEL,
    }
    let reply: string
    try {
      // Reading the code costs time with its size, so the reply is composed in the worker pool.
      reply = await workerPool().run('coachReply', input, { signal })
    } catch (err) {
      if (!(err instanceof AppError) || signal.aborted) throw err
      // The SSE headers are sent by now, so a job over its limit is reported as an error event.
      yield {
        type: 'error',
        code: err.status === 503 ? 'assistant_overloaded' : 'assistant_bad_request',
        message: err.message,
        partial: false,
        aborted: false,
        usage,
      }
      return
    }
    const chunks = chunkText(reply, this.#wordsPerChunk)
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0 && this.#chunkDelayMs > 0) await delay(this.#chunkDelayMs, signal)
      if (signal.aborted) {
        yield {
          type: 'error',
          code: 'assistant_interrupted',
          message: ASSISTANT_ERROR_MESSAGES.assistant_interrupted,
          partial: i > 0,
          aborted: true,
          usage,
        }
        return
      }
      yield { type: 'text', text: chunk }
    }
    yield { type: 'done', usage }
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
