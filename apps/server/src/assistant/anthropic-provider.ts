// The Anthropic provider: streams a reply through the SDK's messages.stream, retries once when
// nothing was streamed yet, and reports a cut-off reply as incomplete.
import Anthropic from '@anthropic-ai/sdk'
import type { ClientOptions } from '@anthropic-ai/sdk'
import { ASSISTANT_ERROR_MESSAGES, IncompleteStreamError, mapAssistantError } from './errors.ts'
import { buildMessagesRequest } from './messages-request.ts'
import type {
  AssistantEvent,
  AssistantProvider,
  AssistantRequest,
  AssistantUsage,
} from './types.ts'

export interface AnthropicProviderOptions {
  apiKey: string
  /** ANTHROPIC_BASE_URL, for any compatible endpoint (and the tests' stand-in). */
  baseURL?: string
  model: string
  /** The bound on each reply's length. */
  maxTokens: number
  fetch?: ClientOptions['fetch']
  /** How much earlier conversation is sent back, in estimated tokens. */
  historyBudgetTokens?: number
  /** Wait before the one retry. */
  retryDelayMs?: number
  /** Per-request timeout of the SDK. */
  timeoutMs?: number
}

const DEFAULT_HISTORY_BUDGET_TOKENS = 6_000
const DEFAULT_RETRY_DELAY_MS = 400
const DEFAULT_TIMEOUT_MS = 60_000
const LENGTH_LIMIT_NOTE = '\n\n_(This reply reached its length limit and stops here.)_'

export class AnthropicProvider implements AssistantProvider {
  readonly name = 'anthropic'
  readonly model: string
  readonly #client: Anthropic
  readonly #maxTokens: number
  readonly #historyBudgetTokens: number
  readonly #retryDelayMs: number

  constructor(options: AnthropicProviderOptions) {
    this.model = options.model
    this.#maxTokens = options.maxTokens
    this.#historyBudgetTokens = options.historyBudgetTokens ?? DEFAULT_HISTORY_BUDGET_TOKENS
    this.#retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS
    this.#client = new Anthropic({
      apiKey: options.apiKey,
      // undefined would let the SDK read ANTHROPIC_BASE_URL itself; config is the one reader.
      baseURL: options.baseURL ?? null,
      // Our own retry-once-before-text is the only retry, so a reply is never duplicated.
      maxRetries: 0,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
  }

  async *stream(input: AssistantRequest, signal: AbortSignal): AsyncIterable<AssistantEvent> {
    const params = buildMessagesRequest(input, {
      model: this.model,
      maxTokens: this.#maxTokens,
      historyBudgetTokens: this.#historyBudgetTokens,
    })
    const usage: AssistantUsage = {
      inputTokens: 0,
      outputTokens: 0,
      provider: 'anthropic',
      model: this.model,
    }
    let streamedText = false
    for (let attempt = 1; ; attempt++) {
      let stopReason: string | undefined
      try {
        const upstream = this.#client.messages.stream(params, { signal })
        let stopped = false
        for await (const event of upstream) {
          switch (event.type) {
            case 'message_start': {
              const start = event.message.usage
              usage.model = event.message.model || this.model
              usage.inputTokens = start.input_tokens
              usage.outputTokens = start.output_tokens
              if (start.cache_read_input_tokens != null) {
                usage.cacheReadInputTokens = start.cache_read_input_tokens
              }
              if (start.cache_creation_input_tokens != null) {
                usage.cacheCreationInputTokens = start.cache_creation_input_tokens
              }
              break
            }
            case 'content_block_delta':
              if (event.delta.type === 'text_delta' && event.delta.text) {
                streamedText = true
                yield { type: 'text', text: event.delta.text }
              }
              break
            case 'message_delta':
              usage.outputTokens = event.usage.output_tokens
              if (event.usage.input_tokens != null) usage.inputTokens = event.usage.input_tokens
              stopReason = event.delta.stop_reason ?? undefined
              break
            case 'message_stop':
              stopped = true
              break
          }
        }
        if (signal.aborted) {
          yield this.#failure('assistant_interrupted', streamedText, true, usage)
          return
        }
        if (!stopped) throw new IncompleteStreamError()
        if (stopReason === 'max_tokens') yield { type: 'text', text: LENGTH_LIMIT_NOTE }
        yield stopReason ? { type: 'done', usage, stopReason } : { type: 'done', usage }
        return
      } catch (error) {
        const mapped = mapAssistantError(error)
        if (signal.aborted || mapped.aborted) {
          yield this.#failure('assistant_interrupted', streamedText, true, usage)
          return
        }
        if (streamedText) {
          // Text already reached the candidate: say the reply is cut off, never retry over it.
          yield this.#failure('assistant_interrupted', true, false, usage)
          return
        }
        if (mapped.retryable && attempt === 1) {
          if (await sleep(this.#retryDelayMs, signal)) continue
          yield this.#failure('assistant_interrupted', false, true, usage)
          return
        }
        const code = mapped.code === 'assistant_interrupted' ? 'assistant_unavailable' : mapped.code
        yield this.#failure(code, false, false, usage)
        return
      }
    }
  }

  #failure(
    code: Extract<AssistantEvent, { type: 'error' }>['code'],
    partial: boolean,
    aborted: boolean,
    usage: AssistantUsage,
  ): AssistantEvent {
    return { type: 'error', code, message: ASSISTANT_ERROR_MESSAGES[code], partial, aborted, usage }
  }
}

/** Resolves true after `ms`, or false as soon as the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      resolve(false)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
