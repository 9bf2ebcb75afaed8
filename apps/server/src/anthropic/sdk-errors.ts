// Classifies an @anthropic-ai/sdk failure once, from its typed error classes, for every caller
// (the assistant, the judge) to map onto its own error codes.
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

export type SdkFailure =
  'aborted' | 'rate_limited' | 'overloaded' | 'unavailable' | 'misconfigured' | 'bad_request'

/** The kind of failure, or null for an error that did not come from the SDK. */
export function classifySdkError(error: unknown): SdkFailure | null {
  if (error instanceof APIUserAbortError) return 'aborted'
  // Order matters: OverloadedError is an InternalServerError, and both are APIErrors.
  if (error instanceof RateLimitError) return 'rate_limited'
  if (error instanceof OverloadedError) return 'overloaded'
  if (error instanceof InternalServerError || error instanceof APIConnectionError) {
    return 'unavailable'
  }
  if (
    error instanceof AuthenticationError ||
    error instanceof PermissionDeniedError ||
    error instanceof NotFoundError
  ) {
    return 'misconfigured'
  }
  if (error instanceof BadRequestError) return 'bad_request'
  if (error instanceof APIError) {
    // An `event: error` frame inside a 200 stream has no status, only the body's error type.
    switch (error.type) {
      case 'rate_limit_error':
        return 'rate_limited'
      case 'overloaded_error':
        return 'overloaded'
      case 'invalid_request_error':
        return 'bad_request'
      case 'authentication_error':
      case 'billing_error':
      case 'permission_error':
      case 'not_found_error':
        return 'misconfigured'
    }
    const status = error.status
    return status !== undefined && status >= 400 && status < 500 ? 'bad_request' : 'unavailable'
  }
  return null
}
