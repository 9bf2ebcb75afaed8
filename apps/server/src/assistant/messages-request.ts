// Builds the Messages API request for one assistant turn: cached stable system block, volatile
// block, then the history that fits the budget and the new message.
import type {
  MessageCreateParamsNonStreaming,
  MessageParam,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages'
import { fitHistory } from './history.ts'
import { buildSystemPrompt } from './policies.ts'
import type { AssistantRequest, ChatTurn } from './types.ts'

export interface MessagesRequestOptions {
  model: string
  maxTokens: number
  historyBudgetTokens: number
}

const INTERRUPTED_MARK = '\n\n[This reply was cut off before it finished.]'

export function buildMessagesRequest(
  request: AssistantRequest,
  options: MessagesRequestOptions,
): MessageCreateParamsNonStreaming {
  const history = fitHistory(request.history, options.historyBudgetTokens)
  const prompt = buildSystemPrompt(request, history.omittedSummary)
  const system: TextBlockParam[] = [
    { type: 'text', text: prompt.stable, cache_control: { type: 'ephemeral' } },
    { type: 'text', text: prompt.volatile },
  ]
  return {
    model: options.model,
    max_tokens: options.maxTokens,
    system,
    messages: toMessages([...history.turns, { role: 'user', text: request.message }]),
  }
}

/** Merges same-role neighbours (an unanswered question, say): the API wants them alternating. */
function toMessages(turns: ChatTurn[]): MessageParam[] {
  const messages: MessageParam[] = []
  for (const turn of turns) {
    const text = turn.incomplete ? `${turn.text}${INTERRUPTED_MARK}` : turn.text
    if (!text.trim()) continue
    const last = messages.at(-1)
    if (last && last.role === turn.role && typeof last.content === 'string') {
      last.content = `${last.content}\n\n${text}`
    } else {
      messages.push({ role: turn.role, content: text })
    }
  }
  return messages
}
