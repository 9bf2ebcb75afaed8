// Picks the provider from configuration: Anthropic when a key is set, otherwise the offline coach.
import type { ClientOptions } from '@anthropic-ai/sdk'
import { AnthropicProvider } from './anthropic-provider.ts'
import { OfflineCoachProvider } from './offline/offline-coach.ts'
import type { AssistantProvider } from './types.ts'

export const DEFAULT_ASSISTANT_MAX_TOKENS = 1_024
/** The longest message a candidate may send; the route answers 400 beyond it. */
export const ASSISTANT_MESSAGE_MAX_CHARS = 4_000

export interface AssistantProviderConfig {
  /** ANTHROPIC_API_KEY; unset or empty selects the offline coach. */
  anthropicApiKey?: string | undefined
  /** ANTHROPIC_BASE_URL. */
  anthropicBaseUrl?: string | undefined
  /** PAIRWISE_ASSISTANT_MODEL. */
  model: string
  maxTokens?: number
  historyBudgetTokens?: number
  fetch?: ClientOptions['fetch']
}

export function createAssistantProvider(config: AssistantProviderConfig): AssistantProvider {
  if (!config.anthropicApiKey) return new OfflineCoachProvider()
  return new AnthropicProvider({
    apiKey: config.anthropicApiKey,
    model: config.model,
    maxTokens: config.maxTokens ?? DEFAULT_ASSISTANT_MAX_TOKENS,
    ...(config.anthropicBaseUrl ? { baseURL: config.anthropicBaseUrl } : {}),
    ...(config.historyBudgetTokens ? { historyBudgetTokens: config.historyBudgetTokens } : {}),
    ...(config.fetch ? { fetch: config.fetch } : {}),
  })
}
