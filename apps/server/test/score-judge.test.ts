// Scoring with the LLM judge configured: it runs through the real SDK against the stand-in, its
// agreement counts, and a strong disagreement flags the session for a mentor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { judgeExplanation } from '../src/scoring/index.ts'
import type { Judge } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from './helpers/messages-api-standin.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

const CRITERIA = ['approach', 'complexity', 'edge-cases', 'tradeoffs', 'validation']
const WEAK = 'I wrote some code that computes the metric and it seems fine to me overall.'

type Report = {
  total: number
  flags: { code: string }[]
  scorers: { name: string }[]
  explanationScore: number
}

describe('scoring with the LLM judge', () => {
  let standin: MessagesApiStandin
  let t: TestApp
  let cara: string
  const dialect = DIALECTS[0]
  if (!dialect) throw new Error('no dialect')
  beforeAll(async () => {
    standin = await startMessagesApiStandin()
    const judge: Judge = (input) =>
      judgeExplanation({
        ...input,
        apiKey: 'sk-test',
        baseURL: standin.baseURL,
        model: 'judge-test',
      })
    t = await createTestApp(dialect, { services: { judge, runnerUnavailable: 'not needed here' } })
    cara = (await userWithRole(t, 'cara@example.com', 'candidate')).cookie
  })
  afterAll(async () => {
    await t.close()
    await standin.close()
  })

  const scoreWith = async (explanation: string, verdict: 'met' | 'not_met', quote: string) => {
    const res = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'ndcg-at-k', language: 'python' }, cara),
    )
    const id = ((await res.json()) as { session: { id: string } }).session.id
    await t.app.request(
      `/api/sessions/${id}/explanation`,
      jsonRequest('PUT', { text: explanation }, cara),
    )
    standin.setScript([
      standinReplies.toolUse('record_verdicts', {
        criteria: CRITERIA.map((cid) => ({
          id: cid,
          verdict,
          quotes: verdict === 'met' ? [quote] : [],
        })),
      }),
    ])
    const scored = await t.app.request(
      `/api/sessions/${id}/score`,
      jsonRequest('POST', undefined, cara),
    )
    expect(scored.status).toBe(200)
    return { id, report: ((await scored.json()) as { score: Report }).score }
  }

  it('puts the explanation inside nonce tags and records the judge among the scorers', async () => {
    const { report } = await scoreWith(WEAK, 'not_met', '')
    expect(report.scorers.map((s) => s.name)).toContain('llm-judge')
    expect(report.flags.map((f) => f.code)).not.toContain('judge-disagrees')
    const body = standin.requests.at(-1)?.rawBody ?? ''
    expect(body).toMatch(/<explanation-[0-9a-f]{8,}>/)
    expect(body).toContain('it seems fine to me overall')
  })

  it('flags a strong disagreement for a mentor instead of trusting the judge', async () => {
    const { id, report } = await scoreWith(
      WEAK,
      'met',
      'I wrote some code that computes the metric',
    )
    expect(report.flags.map((f) => f.code)).toContain('judge-disagrees')
    expect(report.explanationScore).toBeLessThan(0.2)
    const queue = await t.deps.db
      .selectFrom('score_reports')
      .select('flagged')
      .where('session_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(Number(queue.flagged)).toBe(1)
  })

  it('drops fabricated quotes, so a fooled judge cannot lift the score', async () => {
    const { report } = await scoreWith(
      WEAK,
      'met',
      'I normalise by the ideal DCG and handle an empty list.',
    )
    expect(report.explanationScore).toBeLessThan(0.2)
  })

  it('keeps the offline score and says so when the judge fails', async () => {
    const res = await t.app.request(
      '/api/sessions',
      jsonRequest('POST', { problemSlug: 'ndcg-at-k', language: 'python' }, cara),
    )
    const id = ((await res.json()) as { session: { id: string } }).session.id
    await t.app.request(`/api/sessions/${id}/explanation`, jsonRequest('PUT', { text: WEAK }, cara))
    standin.setScript([standinReplies.overloaded()])
    const scored = (await (
      await t.app.request(`/api/sessions/${id}/score`, jsonRequest('POST', undefined, cara))
    ).json()) as { score: Report }
    expect(scored.score.flags.map((f) => f.code)).toContain('judge-failed')
    expect(scored.score.total).toBeGreaterThanOrEqual(0)
  })
})
