// Turns SDK and stream failures into the project's assistant error codes and user-facing text.
import { classifySdkError, type SdkFailure } from '../anthropic/sdk-errors.ts'
import type { AssistantErrorCode } from './types.ts'

export const ASSISTANT_ERROR_MESSAGES: Record<AssistantErrorCode, string> = {
  assistant_rate_limited:
    'The assistant is getting too many requests right now. Wait a minute, then ask again.',
  assistant_overloaded: "The assistant's model is overloaded right now. Try again in a moment.",
  assistant_unavailable: 'The assistant could not be reached. Try again in a moment.',
  assistant_interrupted:
    'The reply was cut off before it finished, so the text above is incomplete. Ask again for a full answer.',
  assistant_bad_request: 'The assistant could not process this request. Try a shorter message.',
  assistant_misconfigured:
    'The assistant is not set up correctly on this server (its key or model was refused). Tell the operator.',
  assistant_quota_exceeded: 'You have used all your assistant messages for now.',
}

export interface MappedAssistantError {
  code: AssistantErrorCode
  /** Worth one more attempt when nothing was streamed yet. */
  retryable: boolean
  aborted: boolean
}

/** Raised by the provider when the upstream stream ends without `message_stop`. */
export class IncompleteStreamError extends Error {
  constructor() {
    super('the upstream stream ended before message_stop')
    this.name = 'IncompleteStreamError'
  }
}

const FROM_SDK: Record<SdkFailure, MappedAssistantError> = {
  aborted: { code: 'assistant_interrupted', retryable: false, aborted: true },
  rate_limited: { code: 'assistant_rate_limited', retryable: false, aborted: false },
  overloaded: { code: 'assistant_overloaded', retryable: true, aborted: false },
  unavailable: { code: 'assistant_unavailable', retryable: true, aborted: false },
  misconfigured: { code: 'assistant_misconfigured', retryable: false, aborted: false },
  bad_request: { code: 'assistant_bad_request', retryable: false, aborted: false },
}

export function mapAssistantError(error: unknown): MappedAssistantError {
  const kind = classifySdkError(error)
  if (kind) return FROM_SDK[kind]
  if (error instanceof IncompleteStreamError) {
    return { code: 'assistant_interrupted', retryable: true, aborted: false }
  }
  if (isAbortError(error)) return FROM_SDK.aborted
  // A socket that breaks mid-body surfaces as a plain fetch error (undici's "terminated").
  return FROM_SDK.unavailable
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}
