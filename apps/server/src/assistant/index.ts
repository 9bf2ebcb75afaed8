// The AI assistant: providers, policies, prompt building, history budget and quotas.
//
// Design. A turn is an `AssistantRequest`: the policy (coach | pair | interviewer), an
// `AssistantProblem` (made by `toAssistantProblem`; it has no field for reference solutions,
// hidden tests or the reference explanation, so they cannot reach a prompt), the candidate's code
// and language, the last run reduced by `summariseRun` (hidden cases keep only name and verdict),
// the history and the new message. A provider turns it into an `AsyncIterable<AssistantEvent>`:
// `text` deltas, then exactly one terminal `done` (with usage) or `error` (with one of our codes;
// `partial: true` when text was already streamed, so a cut-off reply is never passed off as
// whole). `AnthropicProvider` streams through the SDK's `messages.stream` with the caller's abort
// signal wired to it, caches the stable system block (policy, rules, problem, statement, hints)
// and sends the volatile one (code inside <candidate_code>, last run) after it; it sets the SDK's
// maxRetries to 0 and retries once itself, only before any text. `OfflineCoachProvider` is the
// default without a key: it classifies the ask by patterns and answers deterministically from the
// hints, rubric topics, code and last run, saying that it is the offline coach. `fitHistory`
// keeps the newest turns within a token budget, `checkAssistantQuota` decides whether a message
// is allowed, and `toSseMessages` is how the route writes events: `delta {text}`, `error {code,
// message, partial}`, and always a final `done {complete, usage}`.
export { AnthropicProvider } from './anthropic-provider.ts'
export type { AnthropicProviderOptions } from './anthropic-provider.ts'
export { ASSISTANT_ERROR_MESSAGES, IncompleteStreamError, mapAssistantError } from './errors.ts'
export type { MappedAssistantError } from './errors.ts'
export { estimateTokens, fitHistory } from './history.ts'
export type { FittedHistory } from './history.ts'
export { buildMessagesRequest } from './messages-request.ts'
export type { MessagesRequestOptions } from './messages-request.ts'
export { OfflineCoachProvider } from './offline/offline-coach.ts'
export type { OfflineCoachOptions } from './offline/offline-coach.ts'
export { classifyIntent, OFFLINE_INTENTS } from './offline/intent.ts'
export type { OfflineIntent } from './offline/intent.ts'
export { composeOfflineReply, countHintsGiven, OFFLINE_COACH_MODEL } from './offline/replies.ts'
export type { OfflineReply } from './offline/replies.ts'
export { chunkText } from './offline/chunk-text.ts'
export {
  buildSystemPrompt,
  describeRun,
  policyPrompt,
  POLICY_SUMMARIES,
  SOLUTION_REFUSAL_RULE,
} from './policies.ts'
export type { SystemPrompt } from './policies.ts'
export { formatValue, summariseRun, toAssistantProblem } from './problem-context.ts'
export { checkAssistantQuota, startOfUtcDay } from './quotas.ts'
export type { AssistantQuotaDecision, AssistantQuotaLimits, AssistantQuotaUsage } from './quotas.ts'
export {
  ASSISTANT_MESSAGE_MAX_CHARS,
  createAssistantProvider,
  DEFAULT_ASSISTANT_MAX_TOKENS,
} from './select-provider.ts'
export type { AssistantProviderConfig } from './select-provider.ts'
export { quotaExceededEvent, toSseMessages } from './sse-events.ts'
export type { AssistantSseMessage } from './sse-events.ts'
export { ASSISTANT_ERROR_CODES } from './types.ts'
export type {
  AssistantErrorCode,
  AssistantEvent,
  AssistantProblem,
  AssistantProvider,
  AssistantProviderName,
  AssistantRequest,
  AssistantTopic,
  AssistantUsage,
  ChatTurn,
  RunCaseSummary,
  RunSummary,
} from './types.ts'
