// The history budget, the quotas, the run summary and the SSE framing: the pure parts of a turn.
import { describe, expect, it } from 'vitest'
import {
  checkAssistantQuota,
  estimateTokens,
  fitHistory,
  quotaExceededEvent,
  startOfUtcDay,
  summariseRun,
  toSseMessages,
} from '../../src/assistant/index.ts'
import type { ChatTurn } from '../../src/assistant/index.ts'

const turn = (role: ChatTurn['role'], text: string): ChatTurn => ({ role, text })

describe('fitHistory', () => {
  const history = Array.from({ length: 10 }, (_, i) =>
    turn(i % 2 === 0 ? 'user' : 'assistant', `message ${i} ${'y'.repeat(96)}`),
  )

  it('keeps everything when it fits', () => {
    const fitted = fitHistory(history, 10_000)
    expect(fitted.turns).toEqual(history)
    expect(fitted.omittedSummary).toBeNull()
  })

  it('drops the oldest turns first, stays within budget and starts with a user turn', () => {
    const budget = 120
    const fitted = fitHistory(history, budget)
    expect(fitted.turns.at(-1)).toEqual(history.at(-1))
    expect(fitted.turns[0]?.role).toBe('user')
    const used = fitted.turns.reduce((sum, t) => sum + estimateTokens(t.text) + 4, 0)
    expect(used).toBeLessThanOrEqual(budget)
    expect(fitted.omittedCount + fitted.turns.length).toBe(history.length)
    expect(fitted.omittedSummary).toMatch(
      /^\d+ earlier turns left out for length; the candidate's last questions there: "message 0/,
    )
  })

  it('estimates about four characters a token', () => {
    expect(estimateTokens('x'.repeat(400))).toBe(100)
  })
})

describe('checkAssistantQuota', () => {
  const limits = { perSession: 30, perUserPerDay: 100 }
  const now = new Date('2030-05-04T21:30:00Z')

  it('allows a message under both limits and says what remains', () => {
    expect(checkAssistantQuota({ sessionTurns: 3, userTurnsToday: 40 }, limits, now)).toEqual({
      allowed: true,
      remaining: { session: 27, today: 60 },
    })
  })

  it('refuses at the session limit with a clear message', () => {
    const decision = checkAssistantQuota({ sessionTurns: 30, userTurnsToday: 40 }, limits, now)
    expect(decision).toMatchObject({
      allowed: false,
      code: 'assistant_quota_exceeded',
      scope: 'session',
      limit: 30,
    })
    expect(decision.allowed === false && decision.message).toContain(
      'all 30 assistant messages for this session',
    )
  })

  it('refuses at the daily limit and says when it resets', () => {
    const decision = checkAssistantQuota({ sessionTurns: 0, userTurnsToday: 100 }, limits, now)
    expect(decision).toMatchObject({ allowed: false, scope: 'day', retryAfterSeconds: 2.5 * 3600 })
    expect(decision.allowed === false && decision.message).toContain(
      'resets at midnight UTC, in 2 h 30 min',
    )
  })

  it('treats null as no limit', () => {
    expect(
      checkAssistantQuota(
        { sessionTurns: 10_000, userTurnsToday: 10_000 },
        { perSession: null, perUserPerDay: null },
      ),
    ).toEqual({ allowed: true, remaining: { session: null, today: null } })
  })

  it('counts the day from midnight UTC', () => {
    expect(startOfUtcDay(now).toISOString()).toBe('2030-05-04T00:00:00.000Z')
  })

  it('is streamed as an error event followed by done, not a broken connection', () => {
    const decision = checkAssistantQuota({ sessionTurns: 30, userTurnsToday: 0 }, limits, now)
    if (decision.allowed) throw new Error('expected a refusal')
    const messages = toSseMessages(quotaExceededEvent(decision, { name: 'anthropic', model: 'm' }))
    expect(messages.map((m) => m.event)).toEqual(['error', 'done'])
    expect(JSON.parse(messages[0]?.data ?? '{}')).toMatchObject({
      code: 'assistant_quota_exceeded',
      partial: false,
    })
    expect(JSON.parse(messages[1]?.data ?? '{}')).toMatchObject({ complete: false })
  })
})

describe('toSseMessages', () => {
  const usage = { inputTokens: 5, outputTokens: 7, provider: 'anthropic' as const, model: 'm' }

  it('sends text as delta events whose data has a text field, and ends with done', () => {
    expect(toSseMessages({ type: 'text', text: 'hi <b>' })).toEqual([
      { event: 'delta', data: '{"text":"hi <b>"}' },
    ])
    const done = toSseMessages({ type: 'done', usage, stopReason: 'end_turn' })
    expect(done).toEqual([
      { event: 'done', data: JSON.stringify({ complete: true, usage, stopReason: 'end_turn' }) },
    ])
  })

  it('marks an interrupted reply incomplete', () => {
    const messages = toSseMessages({
      type: 'error',
      code: 'assistant_interrupted',
      message: 'cut off',
      partial: true,
      aborted: false,
      usage,
    })
    expect(messages.map((m) => [m.event, JSON.parse(m.data)])).toEqual([
      ['error', { code: 'assistant_interrupted', message: 'cut off', partial: true }],
      ['done', { complete: false, usage }],
    ])
  })
})

describe('summariseRun', () => {
  it('keeps visible results and reduces hidden ones to name and verdict', () => {
    const summary = summariseRun({
      status: 'failed',
      tests: [
        { name: 'visible one', passed: false, expected: [1, 2], actual: [2, 1], ms: 1 },
        {
          name: 'hidden one',
          passed: false,
          hidden: true,
          expected: 'SECRET',
          actual: 'SECRET',
          error: 'SECRET',
          ms: 1,
        },
      ],
      stdout: 'SECRET',
      stderr: 'SECRET',
      durationMs: 3,
    })
    expect(summary).toEqual({
      status: 'failed',
      tests: [
        { name: 'visible one', hidden: false, passed: false, expected: '[1,2]', actual: '[2,1]' },
        { name: 'hidden one', hidden: true, passed: false },
      ],
    })
  })

  it('keeps stderr from a run of visible tests only', () => {
    const summary = summariseRun({
      status: 'error',
      error: 'SyntaxError: invalid syntax (line 3)',
      tests: [],
      stdout: '',
      stderr: 'Traceback ... line 3',
      durationMs: 3,
    })
    expect(summary.stderrTail).toBe('Traceback ... line 3')
    expect(summary.error).toBe('SyntaxError: invalid syntax (line 3)')
  })
})
