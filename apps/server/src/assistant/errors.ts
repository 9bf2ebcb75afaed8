// Turns SDK and stream failures into the project's assistant error codes and user-facing text.
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk'
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

export function mapAssistantError(error: unknown): MappedAssistantError {
  const as = (code: AssistantErrorCode, retryable: boolean, aborted = false) => ({
    code,
    retryable,
    aborted,
  })
  if (error instanceof APIUserAbortError) return as('assistant_interrupted', false, true)
  // Order matters: OverloadedError is an InternalServerError, and both are APIErrors.
  if (error instanceof RateLimitError) return as('assistant_rate_limited', false)
  if (error instanceof OverloadedError) return as('assistant_overloaded', true)
  if (error instanceof InternalServerError) return as('assistant_unavailable', true)
  if (error instanceof APIConnectionError) return as('assistant_unavailable', true)
  if (
    error instanceof AuthenticationError ||
    error instanceof PermissionDeniedError ||
    error instanceof NotFoundError
  ) {
    return as('assistant_misconfigured', false)
  }
  if (error instanceof BadRequestError) return as('assistant_bad_request', false)
  if (error instanceof APIError) {
    // An `event: error` frame inside a 200 stream has no status, only the body's error type.
    switch (error.type) {
      case 'rate_limit_error':
        return as('assistant_rate_limited', false)
      case 'overloaded_error':
        return as('assistant_overloaded', true)
      case 'invalid_request_error':
        return as('assistant_bad_request', false)
      case 'authentication_error':
      case 'billing_error':
      case 'permission_error':
      case 'not_found_error':
        return as('assistant_misconfigured', false)
    }
    const status = error.status
    if (status !== undefined && status >= 400 && status < 500) {
      return as('assistant_bad_request', false)
    }
    return as('assistant_unavailable', true)
  }
  if (error instanceof IncompleteStreamError) return as('assistant_interrupted', true)
  if (isAbortError(error)) return as('assistant_interrupted', false, true)
  // A socket that breaks mid-body surfaces as a plain fetch error (undici's "terminated").
  return as('assistant_unavailable', true)
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError'
}
