// How assistant events go over the wire as server-sent events, for the route (and the bench).
import type { AssistantEvent, AssistantProviderName, AssistantUsage } from './types.ts'
import type { AssistantQuotaDecision } from './quotas.ts'

export interface AssistantSseMessage {
  event: 'delta' | 'error' | 'done'
  data: string
}

/**
 * `text` → `delta` `{text}`; `done` → `done` `{complete:true, usage, stopReason?}`; `error` →
 * `error` `{code, message, partial}` then `done` `{complete:false, usage}`. Every stream thus
 * ends with one `done`, whose `complete` says whether the reply is whole.
 */
export function toSseMessages(event: AssistantEvent): AssistantSseMessage[] {
  switch (event.type) {
    case 'text':
      return [{ event: 'delta', data: JSON.stringify({ text: event.text }) }]
    case 'done':
      return [
        {
          event: 'done',
          data: JSON.stringify({
            complete: true,
            usage: event.usage,
            ...(event.stopReason ? { stopReason: event.stopReason } : {}),
          }),
        },
      ]
    case 'error':
      return [
        {
          event: 'error',
          data: JSON.stringify({
            code: event.code,
            message: event.message,
            partial: event.partial,
          }),
        },
        { event: 'done', data: JSON.stringify({ complete: false, usage: event.usage }) },
      ]
  }
}

/** The terminal event for a refused message, so the route can stream it like any other. */
export function quotaExceededEvent(
  decision: Extract<AssistantQuotaDecision, { allowed: false }>,
  provider: { name: AssistantProviderName; model: string },
): AssistantEvent {
  const usage: AssistantUsage = {
    inputTokens: 0,
    outputTokens: 0,
    provider: provider.name,
    model: provider.model,
  }
  return {
    type: 'error',
    code: decision.code,
    message: decision.message,
    partial: false,
    aborted: false,
    usage,
  }
}
