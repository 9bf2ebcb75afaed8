// The shapes every assistant provider shares: what a turn is asked with, and what it streams back.
import type {
  Area,
  AssistantPolicy,
  Difficulty,
  Language,
  RunStatus,
  TooSlow,
} from '@pairwise/shared'

/**
 * What the assistant may know of a problem. It is built by `toAssistantProblem` and has no field
 * for reference solutions, test cases or the rubric's reference explanation, so they cannot reach
 * a prompt by accident. The brand keeps a whole ProblemDefinition from being passed in its place.
 */
export interface AssistantProblem {
  readonly kind: 'assistant-problem'
  slug: string
  title: string
  areas: Area[]
  difficulty: Difficulty
  statement: string
  functionNames: Partial<Record<Language, string>>
  /** The starter code the candidate was given; they can see it, so it is no secret. */
  starter: Partial<Record<Language, string>>
  /** Progressive hints, in order. */
  hints: string[]
  /** The rubric's criteria as topics only: no descriptions and no reference explanation. */
  topics: AssistantTopic[]
}

export interface AssistantTopic {
  id: string
  title: string
  concepts: string[]
}

/** One test of the last run as the assistant may see it: hidden cases keep only name and verdict. */
export type RunCaseSummary =
  | {
      name: string
      hidden: false
      passed: boolean
      expected?: string
      actual?: string
      error?: string
      line?: number
    }
  | { name: string; hidden: true; passed: boolean }

export interface RunSummary {
  status: RunStatus
  /** A message for the whole run: a syntax error, a timeout, a memory limit. */
  error?: string
  /** A timeout on a large case after every smaller case passed: right answers, too slow. */
  tooSlow?: TooSlow
  tests: RunCaseSummary[]
  /** The tail of stderr, only when the run had no hidden case (it could echo hidden inputs). */
  stderrTail?: string
}

export interface ChatTurn {
  role: 'user' | 'assistant'
  text: string
  /** An assistant reply that was cut off (a disconnect or an upstream failure). */
  incomplete?: boolean
}

export interface AssistantRequest {
  policy: AssistantPolicy
  problem: AssistantProblem
  language: Language
  code: string
  lastRun: RunSummary | null
  /** Earlier turns, oldest first, not including `message`. */
  history: ChatTurn[]
  message: string
  /** How many hints were already given; when left out, the offline coach counts them in history. */
  hintsGiven?: number
}

export const ASSISTANT_ERROR_CODES = [
  'assistant_rate_limited',
  'assistant_overloaded',
  'assistant_unavailable',
  'assistant_interrupted',
  'assistant_bad_request',
  'assistant_misconfigured',
  'assistant_quota_exceeded',
] as const
export type AssistantErrorCode = (typeof ASSISTANT_ERROR_CODES)[number]

export type AssistantProviderName = 'anthropic' | 'offline'

export interface AssistantUsage {
  inputTokens: number
  outputTokens: number
  /** Input tokens read from or written to the prompt cache, when the provider reports them. */
  cacheReadInputTokens?: number
  cacheCreationInputTokens?: number
  provider: AssistantProviderName
  model: string
}

/**
 * A stream is zero or more `text` events followed by exactly one terminal event: `done` when the
 * reply is whole, `error` when it is not. After text, an error always has `partial: true`, so the
 * reply is never passed off as complete.
 */
export type AssistantEvent =
  | { type: 'text'; text: string }
  | { type: 'done'; usage: AssistantUsage; stopReason?: string }
  | {
      type: 'error'
      code: AssistantErrorCode
      message: string
      /** Some text was streamed before the failure. */
      partial: boolean
      /** The caller's abort signal fired (the client went away). */
      aborted: boolean
      usage: AssistantUsage
    }

export interface AssistantProvider {
  readonly name: AssistantProviderName
  readonly model: string
  stream(input: AssistantRequest, signal: AbortSignal): AsyncIterable<AssistantEvent>
}
