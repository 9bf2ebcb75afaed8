// Drafting a problem for an uncovered area with the assistant: saved as an unpublished draft.
import path from 'node:path'
import { LIBRARY_DIR, loadProblem } from '@pairwise/problems'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from './helpers/dialects.ts'
import {
  startMessagesApiStandin,
  standinReplies,
  type MessagesApiStandin,
} from './helpers/messages-api-standin.ts'
import { createTestApp, jsonRequest, userWithRole, type TestApp } from './helpers/test-app.ts'

const POSTING = `We are hiring an ML engineer for ads. You will build CTR prediction and calibration for our
auction, and run A/B tests on bidding changes. Experience with computer vision for ad creatives is a plus.`

describe('drafting a problem from a posting', () => {
  let standin: MessagesApiStandin
  let t: TestApp
  let ines: string
  let postingId: string
  const dialect = DIALECTS[0]
  if (!dialect) throw new Error('no dialect')
  beforeAll(async () => {
    standin = await startMessagesApiStandin()
    t = await createTestApp(dialect, { anthropic: { apiKey: 'sk-test', baseURL: standin.baseURL } })
    ines = (await userWithRole(t, 'ines@example.com', 'instructor')).cookie
    const res = await t.app.request('/api/postings', jsonRequest('POST', { text: POSTING }, ines))
    postingId = ((await res.json()) as { posting: { id: string } }).posting.id
  })
  afterAll(async () => {
    await t.close()
    await standin.close()
  })

  it('saves a valid draft unpublished, and refuses a malformed one without writing', async () => {
    const ndcg = await loadProblem(path.join(LIBRARY_DIR, 'ndcg-at-k'))
    standin.setScript([
      standinReplies.toolUse('write_problem', {
        slug: 'creative-ranking-ndcg',
        title: 'NDCG for ad creatives',
        difficulty: 'easy',
        statement: ndcg.statement,
        functionName: { python: 'ndcg_at_k', typescript: 'ndcgAtK' },
        starter: ndcg.starter,
        solution: ndcg.solutions,
        cases: ndcg.cases,
        rubric: ndcg.rubric,
        hints: ndcg.hints,
      }),
    ])
    const res = await t.app.request(
      `/api/postings/${postingId}/drafts`,
      jsonRequest('POST', { area: 'vision' }, ines),
    )
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ slug: 'creative-ranking-ndcg', published: false })
    expect((await t.app.request('/api/problems/creative-ranking-ndcg')).status).toBe(404)
    const mine = (await (
      await t.app.request('/api/author/problems', jsonRequest('GET', undefined, ines))
    ).json()) as { problems: { slug: string; published: boolean }[] }
    expect(mine.problems).toEqual([
      expect.objectContaining({ slug: 'creative-ranking-ndcg', published: false }),
    ])
    const request = standin.requests.at(-1)?.rawBody ?? ''
    expect(request).toContain('"tool_choice":{"type":"tool","name":"write_problem"}')
    expect(request).toContain('computer vision for ad creatives')

    standin.setScript([
      standinReplies.toolUse('write_problem', { slug: 'half-a-problem', title: 'Oops' }),
    ])
    const bad = await t.app.request(
      `/api/postings/${postingId}/drafts`,
      jsonRequest('POST', { area: 'vision' }, ines),
    )
    expect(bad.status).toBe(502)
    expect(
      await t.deps.db
        .selectFrom('problems')
        .select('slug')
        .where('slug', '=', 'half-a-problem')
        .executeTakeFirst(),
    ).toBeUndefined()
  })

  it('needs a key', async () => {
    const plain = await createTestApp(dialect)
    try {
      const cookie = (await userWithRole(plain, 'ivy@example.com', 'instructor')).cookie
      const res = await plain.app.request(
        '/api/postings',
        jsonRequest('POST', { text: POSTING }, cookie),
      )
      const id = ((await res.json()) as { posting: { id: string } }).posting.id
      const draft = await plain.app.request(
        `/api/postings/${id}/drafts`,
        jsonRequest('POST', { area: 'vision' }, cookie),
      )
      expect(draft.status).toBe(503)
    } finally {
      await plain.close()
    }
  })
})
