// The assistant: its state for a session, and one streamed turn over server-sent events.
import { AssistantMessageBody } from '@pairwise/shared'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../app-env.ts'
import {
  checkAssistantQuota,
  quotaExceededEvent,
  startOfUtcDay,
  summariseRun,
  toAssistantProblem,
  toSseMessages,
  type AssistantEvent,
} from '../assistant/index.ts'
import {
  countUserTurns,
  finishReply,
  lastRunResult,
  listTurns,
  reserveTurn,
  withdrawTurn,
} from '../assistant-turns/repository.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { AppError } from '../http/errors.ts'
import { openStreamsFor } from '../http/open-streams.ts'
import { limitPerUser } from '../http/rate-limit.ts'
import { validate } from '../http/validate.ts'
import { getProblemVersion } from '../problems/repository.ts'
import { policyForSession } from '../problem-sets/repository.ts'
import { sessionFor } from '../sessions/repository.ts'

export const assistant = new Hono<AppEnv>()
  .get('/:id/assistant', requireUser, async (c) => {
    const { db, assistant: provider } = c.var.deps
    const session = await sessionFor(db, currentUser(c), c.req.param('id'), 'view')
    const problem = await getProblemVersion(db, session.problem_version_id)
    return c.json(
      {
        provider: provider?.name ?? 'offline',
        model: provider?.model ?? 'offline-coach',
        policy: await policyForSession(db, session, problem?.assistant ?? 'coach'),
        turns: await listTurns(db, session.id),
      },
      200,
    )
  })
  .post(
    '/:id/assistant',
    requireUser,
    limitPerUser('assistant', 20, 60_000),
    validate('json', AssistantMessageBody),
    async (c) => {
      const { db, config, assistant: provider, log } = c.var.deps
      if (!provider) throw new AppError(503, 'assistant_unavailable', 'No assistant is configured.')
      const user = currentUser(c)
      const { message } = c.req.valid('json')
      const session = await sessionFor(db, user, c.req.param('id'), 'work')
      const problem = await getProblemVersion(db, session.problem_version_id)
      if (!problem)
        throw new AppError(500, 'problem_missing', 'The problem of this session is gone.')

      const history = (await listTurns(db, session.id)).map(({ role, text, incomplete }) => ({
        role,
        text,
        ...(incomplete ? { incomplete } : {}),
      }))
      // The turn (with its reply reserved) is recorded before the quota is counted, so parallel
      // requests cannot all slip under it; a refused turn is taken back.
      const reserved = await reserveTurn(db, session.id, message)
      const now = new Date()
      const used = await countUserTurns(db, session.id, user.id, startOfUtcDay(now))
      const quota = checkAssistantQuota(
        { sessionTurns: used.sessionTurns - 1, userTurnsToday: used.userTurnsToday - 1 },
        config.assistantQuota,
        now,
      )
      if (!quota.allowed) await withdrawTurn(db, session.id, reserved)
      const last = await lastRunResult(db, session.id)
      const policy = await policyForSession(db, session, problem.assistant)

      // A buffering proxy (nginx) would hold the deltas back until the reply ends.
      c.header('X-Accel-Buffering', 'no')
      return streamSSE(c, async (stream) => {
        if (!quota.allowed) {
          for (const m of toSseMessages(quotaExceededEvent(quota, provider)))
            await stream.writeSSE(m)
          return
        }
        const upstream = new AbortController()
        stream.onAbort(() => upstream.abort())
        // Shutdown stops the stream through the registry: the reply is then recorded as cut off.
        let stoppedByServer = false
        const unregister = openStreamsFor(c.var.deps).add(() => {
          stoppedByServer = true
          upstream.abort()
        })
        // A comment line now and then keeps proxies and load balancers from closing a quiet stream.
        const heartbeat = setInterval(() => {
          if (!stream.aborted) void stream.write(': ping\n\n').catch(() => undefined)
        }, config.sseHeartbeatMs)
        let text = ''
        let terminal: AssistantEvent | undefined
        /** The whole reply reached the client. */
        let delivered = false
        try {
          for await (const event of provider.stream(
            {
              policy,
              problem: toAssistantProblem(problem),
              language: session.language,
              code: session.code,
              lastRun: last ? summariseRun(last) : null,
              history,
              message,
            },
            upstream.signal,
          )) {
            if (event.type === 'text') text += event.text
            else terminal = event
            if (stream.aborted || stoppedByServer) continue
            for (const m of toSseMessages(event)) await stream.writeSSE(m)
            if (event.type === 'done') delivered = true
          }
          if (stoppedByServer && !delivered) throw new Error('stopped by shutdown')
        } catch (err) {
          if (!stoppedByServer) log.error({ err, sessionId: session.id }, 'assistant stream failed')
          if (!stream.aborted) {
            await stream.writeSSE({
              event: 'error',
              data: JSON.stringify(
                stoppedByServer
                  ? {
                      code: 'server_restarting',
                      message: 'The server is restarting; the reply above was cut off. Ask again.',
                      partial: text.length > 0,
                    }
                  : {
                      code: 'assistant_unavailable',
                      message: 'The assistant failed; what you see above is not the whole reply.',
                      partial: text.length > 0,
                    },
              ),
            })
            await stream.writeSSE({ event: 'done', data: JSON.stringify({ complete: false }) })
          }
        } finally {
          clearInterval(heartbeat)
          unregister()
          // The reply reserved with the turn is filled in once it ends: whole, cut off, or abandoned.
          const complete = delivered && !stream.aborted
          await finishReply(db, session.id, reserved.replySeq, {
            text,
            complete,
            ...(terminal?.type === 'error' ? { errorCode: terminal.code } : {}),
            ...(stream.aborted ? { disconnected: true } : {}),
            ...(stoppedByServer && !delivered ? { shutdown: true } : {}),
            usage: terminal && 'usage' in terminal ? terminal.usage : null,
          })
        }
      })
    },
  )
