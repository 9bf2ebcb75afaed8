// Model deprecations: the defaults are current by the installed SDK's own table, and a deprecation
// the API reports (a header, an error) is stored and shown to admins, not only logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AnthropicProvider } from '../src/assistant/index.ts'
import { ModelNotices, sdkDeprecationTable } from '../src/anthropic/model-notices.ts'
import { loadConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { judgeExplanation } from '../src/scoring/judge.ts'
import { loadFixtureProblem } from './assistant/helpers/load-problems.ts'
import { requestFor } from './assistant/helpers/requests.ts'
import { DIALECTS } from './helpers/dialects.ts'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from './helpers/messages-api-standin.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  userWithRole,
  type TestApp,
} from './helpers/test-app.ts'
import { code, rubric, statement, strong } from './scoring/fixtures/ndcg-at-k.ts'

describe('default models', () => {
  it('are not in the SDK’s deprecation table, which does list the old default', () => {
    const table = sdkDeprecationTable()
    expect(table['claude-sonnet-4-5']).toMatch(/2026/)
    const config = loadConfig({})
    expect(table[config.assistantModel]).toBeUndefined()
    expect(table[config.judgeModel]).toBeUndefined()
    expect(config.assistantModel).not.toBe('claude-sonnet-4-5')
  })
})

describe.each(DIALECTS)('model notices on $name', (dialect) => {
  let t: TestApp
  let standin: MessagesApiStandin
  let notices: ModelNotices
  let admin: string
  let candidate: string
  beforeAll(async () => {
    standin = await startMessagesApiStandin()
    notices = new ModelNotices(createLogger('silent'))
    t = await createTestApp(dialect, { services: { modelNotices: notices } })
    admin = (await signUp(t, 'ada@example.com', 'Ada')).cookie
    candidate = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
  })
  afterAll(async () => {
    await t.close()
    await standin.close()
  })

  const listed = async () => {
    const res = await t.app.request(
      '/api/admin/model-notices',
      jsonRequest('GET', undefined, admin),
    )
    expect(res.status).toBe(200)
    return (await res.json()) as {
      assistantModel: string
      notices: { model: string; source: string; message: string; count: number }[]
    }
  }

  it('stores notices seen before the database was attached, and from the SDK table', async () => {
    notices.checkConfigured(['claude-sonnet-4-5', 'claude-sonnet-5-5'])
    notices.attach(t.deps.db)
    await expect.poll(async () => (await listed()).notices.length).toBe(1)
    expect((await listed()).notices[0]).toMatchObject({
      model: 'claude-sonnet-4-5',
      source: 'sdk_table',
    })
    expect(
      (await t.app.request('/api/admin/model-notices', jsonRequest('GET', undefined, candidate)))
        .status,
    ).toBe(403)
  })

  it('records a deprecation header on the assistant’s stream, once per model with a count', async () => {
    const ndcg = await loadFixtureProblem('ndcg-at-k')
    standin.setScript([
      standinReplies.text(['Think about ', 'the discount.'], {
        headers: { deprecation: '@1796083200', sunset: 'Tue, 30 Nov 2027 00:00:00 GMT' },
      }),
    ])
    const provider = new AnthropicProvider({
      apiKey: 'sk-test',
      baseURL: standin.baseURL,
      model: 'claude-old-model',
      maxTokens: 256,
      fetch: notices.observingFetch('claude-old-model'),
    })
    for (let i = 0; i < 2; i++) {
      const events = []
      for await (const e of provider.stream(requestFor(ndcg), new AbortController().signal)) {
        events.push(e)
      }
      // The reply itself is untouched.
      expect(events.at(-1)).toMatchObject({ type: 'done' })
    }
    await expect
      .poll(async () => (await listed()).notices.find((n) => n.model === 'claude-old-model')?.count)
      .toBe(2)
    const notice = (await listed()).notices.find((n) => n.model === 'claude-old-model')
    expect(notice).toMatchObject({ source: 'header' })
    expect(notice?.message).toContain('sunset: Tue, 30 Nov 2027')
  })

  it('records an API error that speaks of a retired model, and ignores other errors', async () => {
    const judge = (model: string) =>
      judgeExplanation({
        apiKey: 'sk-test',
        baseURL: standin.baseURL,
        model,
        rubric,
        statement,
        explanation: strong,
        code,
        fetch: notices.observingFetch(model),
      })
    standin.setScript([
      standinReplies.error(
        404,
        'not_found_error',
        'model: claude-retired-model has reached end-of-life and is no longer available',
      ),
    ])
    expect(await judge('claude-retired-model')).toHaveProperty('error')
    standin.setScript([standinReplies.error(404, 'not_found_error', 'model: claude-typo')])
    await judge('claude-typo')
    await expect
      .poll(async () => (await listed()).notices.map((n) => n.model))
      .toContain('claude-retired-model')
    const models = (await listed()).notices.map((n) => `${n.model}:${n.source}`)
    expect(models).toContain('claude-retired-model:error')
    expect(models.some((m) => m.startsWith('claude-typo'))).toBe(false)
  })
})
