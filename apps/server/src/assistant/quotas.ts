// Decides whether a candidate may send another assistant message, so that one candidate cannot
// spend the operator's API budget. Pure: the route supplies the counts from the database.
export interface AssistantQuotaLimits {
  /** Messages per practice session; null means no limit. */
  perSession: number | null
  /** Messages per user per UTC day, across sessions; null means no limit. */
  perUserPerDay: number | null
}

export interface AssistantQuotaUsage {
  /** Messages the candidate already sent to the assistant in this session. */
  sessionTurns: number
  /** Messages the user already sent since `startOfUtcDay(now)`. */
  userTurnsToday: number
}

export type AssistantQuotaDecision =
  | { allowed: true; remaining: { session: number | null; today: number | null } }
  | {
      allowed: false
      code: 'assistant_quota_exceeded'
      scope: 'session' | 'day'
      limit: number
      message: string
      /** When the limit lifts, or null when it never does (the session limit). */
      retryAfterSeconds: number | null
    }

export function checkAssistantQuota(
  usage: AssistantQuotaUsage,
  limits: AssistantQuotaLimits,
  now: Date = new Date(),
): AssistantQuotaDecision {
  if (limits.perSession !== null && usage.sessionTurns >= limits.perSession) {
    return {
      allowed: false,
      code: 'assistant_quota_exceeded',
      scope: 'session',
      limit: limits.perSession,
      message:
        `You have used all ${limits.perSession} assistant messages for this session. ` +
        'You can keep working on your code and your explanation, or start a new session later.',
      retryAfterSeconds: null,
    }
  }
  if (limits.perUserPerDay !== null && usage.userTurnsToday >= limits.perUserPerDay) {
    const reset = new Date(startOfUtcDay(now).getTime() + DAY_MS)
    const seconds = Math.max(1, Math.ceil((reset.getTime() - now.getTime()) / 1000))
    return {
      allowed: false,
      code: 'assistant_quota_exceeded',
      scope: 'day',
      limit: limits.perUserPerDay,
      message:
        `You have used all ${limits.perUserPerDay} assistant messages for today. ` +
        `The limit resets at midnight UTC, in ${formatWait(seconds)}.`,
      retryAfterSeconds: seconds,
    }
  }
  return {
    allowed: true,
    remaining: {
      session: limits.perSession === null ? null : limits.perSession - usage.sessionTurns,
      today: limits.perUserPerDay === null ? null : limits.perUserPerDay - usage.userTurnsToday,
    },
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The start of the UTC day that `now` falls in: the route counts today's messages from here. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

function formatWait(seconds: number): string {
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.ceil((seconds % 3600) / 60)
  if (hours === 0) return `${Math.max(1, minutes)} min`
  return minutes === 0 || minutes === 60
    ? `${hours + (minutes === 60 ? 1 : 0)} h`
    : `${hours} h ${minutes} min`
}
