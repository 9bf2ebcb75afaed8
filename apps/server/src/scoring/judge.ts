// The LLM judge: asks a model for a verdict and verbatim quotes per rubric criterion, keeps only
// the quotes that really are in the explanation, and computes the numbers itself.
import Anthropic from '@anthropic-ai/sdk'
import type { Message } from '@anthropic-ai/sdk/resources/messages'
import type { Rubric } from '@pairwise/shared'
import { z } from 'zod'
import { classifySdkError, type SdkFailure } from '../anthropic/sdk-errors.ts'
import { isInjection } from './guards.ts'
import { buildJudgePrompt, JUDGE_TOOL_NAME, VERDICTS, type Verdict } from './judge-prompt.ts'
import { plainWords, splitSentences, visibleText } from './text.ts'

export type { Verdict } from './judge-prompt.ts'

export const JUDGE_SCORER = { name: 'llm-judge', version: '1.0.0' } as const

/** Code, not the model, turns a verdict into a number. */
export const VERDICT_SCORES: Record<Verdict, number> = { met: 1, partly: 0.5, not_met: 0 }

/** A quote needs this many words to count as evidence: "the" occurs in every explanation. */
const MIN_QUOTE_WORDS = 3
const DEFAULT_MAX_TOKENS = 1_500
const DEFAULT_TIMEOUT_MS = 60_000

export type JudgeErrorCode =
  | 'judge_not_configured'
  | 'judge_canary_leak'
  | 'judge_unknown_criterion'
  | 'judge_missing_criterion'
  | 'judge_malformed_output'
  | 'judge_refused'
  | 'judge_truncated'
  | 'judge_rate_limited'
  | 'judge_overloaded'
  | 'judge_unavailable'
  | 'judge_misconfigured'
  | 'judge_bad_request'
  | 'judge_aborted'

export const JUDGE_ERROR_MESSAGES: Record<JudgeErrorCode, string> = {
  judge_not_configured: 'No API key or client was given to the judge.',
  judge_canary_leak: 'The judge echoed its confidential marker, so its output is not trusted.',
  judge_unknown_criterion: 'The judge returned a criterion that is not in the rubric.',
  judge_missing_criterion: 'The judge left out a criterion of the rubric.',
  judge_malformed_output: 'The judge did not return verdicts in the required shape.',
  judge_refused: 'The judge model refused to grade this explanation.',
  judge_truncated: 'The judge reply hit its length limit before the verdicts were complete.',
  judge_rate_limited: 'The judge model is rate limited right now.',
  judge_overloaded: 'The judge model is overloaded right now.',
  judge_unavailable: 'The judge model could not be reached.',
  judge_misconfigured: 'The judge key or model was refused.',
  judge_bad_request: 'The judge request was refused as invalid.',
  judge_aborted: 'Scoring was cancelled before the judge answered.',
}

export interface JudgeInput {
  /** A ready client; otherwise one is built from apiKey and baseURL. */
  client?: Anthropic
  apiKey?: string
  baseURL?: string
  /** The fetch the SDK uses (to observe deprecation notices); the global one by default. */
  fetch?: typeof fetch
  model: string
  rubric: Rubric
  statement: string
  explanation: string
  code: string
  signal?: AbortSignal
  maxTokens?: number
  timeoutMs?: number
}

export interface JudgedCriterion {
  id: string
  verdict: Verdict
  /** Only quotes found verbatim (whitespace aside) in the explanation. */
  quotes: string[]
  /** 0..1 from the verdict: met 1, partly 0.5, not met 0. */
  score: number
  /** What the model said when it differs from `verdict`: a met or partly with no quote left. */
  claimedVerdict?: Verdict
  reason?: string
}

export type QuoteDropReason = 'not-in-explanation' | 'injected-instructions' | 'too-short'

export interface DroppedQuote {
  criterion: string
  quote: string
  reason: QuoteDropReason
}

export interface JudgeResult {
  criteria: JudgedCriterion[]
  droppedQuotes: number
  dropped: DroppedQuote[]
  model: string
  scorer: { name: string; version: string }
}

export interface JudgeFailure {
  error: JudgeErrorCode
  message: string
}

export type JudgeOutcome = JudgeResult | JudgeFailure

export function isJudgeFailure(outcome: JudgeOutcome): outcome is JudgeFailure {
  return 'error' in outcome
}

const ToolOutput = z.object({
  criteria: z.array(
    z.object({
      id: z.string(),
      verdict: z.enum(VERDICTS),
      quotes: z.array(z.string()).max(10).default([]),
      reason: z.string().optional(),
    }),
  ),
})

export async function judgeExplanation(input: JudgeInput): Promise<JudgeOutcome> {
  const client =
    input.client ??
    (input.apiKey
      ? new Anthropic({
          apiKey: input.apiKey,
          // undefined would let the SDK read ANTHROPIC_BASE_URL itself; config is the one reader.
          baseURL: input.baseURL ?? null,
          // A judge that fails is reported as failed; the offline score stands meanwhile.
          maxRetries: 0,
          timeout: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(input.fetch ? { fetch: input.fetch } : {}),
        })
      : undefined)
  if (!client) return failure('judge_not_configured')

  const prompt = buildJudgePrompt(input)
  let message: Message
  try {
    message = await client.messages.create(
      {
        model: input.model,
        max_tokens: input.maxTokens ?? DEFAULT_MAX_TOKENS,
        system: prompt.system,
        messages: [{ role: 'user', content: prompt.user }],
        tools: [prompt.tool],
        tool_choice: { type: 'tool', name: JUDGE_TOOL_NAME, disable_parallel_tool_use: true },
      },
      input.signal ? { signal: input.signal } : {},
    )
  } catch (error) {
    return failure(mapJudgeError(error, input.signal))
  }

  // Fail closed on any sign that the system prompt leaked, wherever it shows up.
  if (leaksCanary(JSON.stringify(message.content), prompt.canary)) {
    return failure('judge_canary_leak')
  }
  if (message.stop_reason === 'refusal') return failure('judge_refused')
  if (message.stop_reason === 'max_tokens') return failure('judge_truncated')
  const call = message.content.find((b) => b.type === 'tool_use' && b.name === JUDGE_TOOL_NAME)
  if (!call || call.type !== 'tool_use') return failure('judge_malformed_output')
  const parsed = ToolOutput.safeParse(call.input)
  if (!parsed.success) return failure('judge_malformed_output')

  const ids = new Set(input.rubric.criteria.map((c) => c.id))
  const seen = new Set<string>()
  for (const entry of parsed.data.criteria) {
    if (!ids.has(entry.id)) return failure('judge_unknown_criterion')
    if (seen.has(entry.id)) return failure('judge_malformed_output')
    seen.add(entry.id)
  }
  if (seen.size !== ids.size) return failure('judge_missing_criterion')

  const evidence = new QuoteChecker(input.explanation)
  const dropped: DroppedQuote[] = []
  const byId = new Map(parsed.data.criteria.map((entry) => [entry.id, entry]))
  const criteria = input.rubric.criteria.map((criterion): JudgedCriterion => {
    const entry = byId.get(criterion.id)
    const claimed = entry?.verdict ?? 'not_met'
    const quotes: string[] = []
    for (const quote of entry?.quotes ?? []) {
      const reason = evidence.check(quote)
      if (reason) dropped.push({ criterion: criterion.id, quote, reason })
      else quotes.push(evidence.clean(quote))
    }
    // No verbatim evidence, no credit: a verdict the explanation cannot back is not met.
    const verdict: Verdict = claimed !== 'not_met' && quotes.length === 0 ? 'not_met' : claimed
    const reason = entry?.reason?.trim().slice(0, 300)
    return {
      id: criterion.id,
      verdict,
      quotes,
      score: VERDICT_SCORES[verdict],
      ...(verdict !== claimed ? { claimedVerdict: claimed } : {}),
      ...(reason ? { reason } : {}),
    }
  })
  return {
    criteria,
    droppedQuotes: dropped.length,
    dropped,
    model: message.model || input.model,
    scorer: { ...JUDGE_SCORER },
  }
}

/** The judge's fraction of the rubric, weighted as the rubric weighs its criteria. */
export function judgeFraction(result: JudgeResult, rubric: Rubric): number {
  const total = rubric.criteria.reduce((s, c) => s + c.weight, 0)
  if (total === 0) return 0
  return rubric.criteria.reduce((s, c) => {
    const judged = result.criteria.find((j) => j.id === c.id)
    return s + (c.weight / total) * (judged?.score ?? 0)
  }, 0)
}

/** Whitespace, curly quotes and invisible characters do not make a quote different. */
const QUOTE_MARK = /["'`…\s]/

/** Quote marks, ellipses and spaces around a quote. A scan: /(?:…|\s)+$/ was quadratic. */
function trimQuoteMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end) {
    if (text.startsWith('...', start)) start += 3
    else if (QUOTE_MARK.test(text[start] ?? '')) start += 1
    else break
  }
  while (end > start) {
    if (end - start >= 3 && text.endsWith('...', end)) end -= 3
    else if (QUOTE_MARK.test(text[end - 1] ?? '')) end -= 1
    else break
  }
  return text.slice(start, end)
}

function normaliseQuote(text: string): string {
  return visibleText(text)
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

class QuoteChecker {
  private readonly text: string
  private readonly sentences: { text: string; start: number }[]

  constructor(explanation: string) {
    this.text = normaliseQuote(explanation)
    this.sentences = splitSentences(this.text)
  }

  /** The quote without the quotation marks or ellipses a model may wrap it in. */
  clean(quote: string): string {
    return trimQuoteMarks(normaliseQuote(quote))
  }

  check(quote: string): QuoteDropReason | undefined {
    const cleaned = this.clean(quote)
    if (plainWords(cleaned).length < MIN_QUOTE_WORDS) return 'too-short'
    const at = this.text.indexOf(cleaned)
    if (at < 0) return 'not-in-explanation'
    // A real quote of an instruction to the grader is still not evidence of understanding.
    const end = at + cleaned.length
    const around = this.sentences.filter((s) => s.start < end && s.start + s.text.length > at)
    if (isInjection(cleaned) || around.some((s) => isInjection(s.text))) {
      return 'injected-instructions'
    }
    return undefined
  }
}

function leaksCanary(output: string, canary: string): boolean {
  const secret = canary.slice(canary.lastIndexOf('-') + 1).toLowerCase()
  const plain = output.toLowerCase()
  return plain.includes(canary.toLowerCase()) || plain.includes(secret)
}

function failure(error: JudgeErrorCode): JudgeFailure {
  return { error, message: JUDGE_ERROR_MESSAGES[error] }
}

/** SDK errors to judge codes. Order matters: OverloadedError is an InternalServerError. */
const FROM_SDK: Record<SdkFailure, JudgeErrorCode> = {
  aborted: 'judge_aborted',
  rate_limited: 'judge_rate_limited',
  overloaded: 'judge_overloaded',
  unavailable: 'judge_unavailable',
  misconfigured: 'judge_misconfigured',
  bad_request: 'judge_bad_request',
}

export function mapJudgeError(error: unknown, signal?: AbortSignal): JudgeErrorCode {
  if (signal?.aborted) return 'judge_aborted'
  const kind = classifySdkError(error)
  return kind ? FROM_SDK[kind] : 'judge_unavailable'
}
