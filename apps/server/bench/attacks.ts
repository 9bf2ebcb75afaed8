// The attacks the health benchmark replays through the HTTP API, from the attack fixtures.
import {
  forFor,
  manyComplexityClaims,
  manyIdentifiers,
  nestedGenericArrows,
  unclosedBackslashes,
} from '../test/fixtures/attacks.ts'

export type Api = (
  method: string,
  url: string,
  body?: unknown,
) => Promise<{ status: number; text: string }>

export interface Attack {
  name: string
  /** Creates the session the attack works on; returns its id. */
  prepare: (api: Api) => Promise<string>
  send: (api: Api, sessionId: string) => Promise<{ status: number; text: string }>
  /** What the attacker got back, in a few words. */
  summarise: (answer: { status: number; text: string }) => string
}

async function session(
  api: Api,
  language: 'python' | 'typescript',
  code: string,
  explanation = '',
): Promise<string> {
  const started = await api('POST', '/sessions', { problemSlug: 'ndcg-at-k', language })
  const { id, rev } = (JSON.parse(started.text) as { session: { id: string; rev: number } }).session
  const saved = await api('PUT', `/sessions/${id}/code`, { code, rev: rev + 1 })
  if (saved.status !== 200) throw new Error(`saving the attack code: ${saved.status} ${saved.text}`)
  if (explanation) {
    const said = await api('PUT', `/sessions/${id}/explanation`, { text: explanation })
    if (said.status !== 200) throw new Error(`saving the explanation: ${said.status}`)
  }
  return id
}

const errorOrTotal = ({ status, text }: { status: number; text: string }) => {
  try {
    const body = JSON.parse(text) as {
      error?: { code: string }
      score?: { total: number; flags: { code: string }[] }
    }
    if (body.error) return `${status} ${body.error.code}`
    if (body.score) {
      const flags = body.score.flags.map((f) => f.code).join(',')
      return `${status} total ${body.score.total}${flags ? ` flags ${flags}` : ''}`
    }
  } catch {
    // not JSON: fall through
  }
  return `${status}`
}

const score = (api: Api, id: string) => api('POST', `/sessions/${id}/score`, {})
const explained = 'I sort the relevances to get the ideal DCG and divide, which is O(n log n).'

export const ATTACKS: Attack[] = [
  {
    name: 'ts-nested-generics-run',
    prepare: (api) => session(api, 'typescript', nestedGenericArrows(23)),
    send: (api, id) => api('POST', `/sessions/${id}/runs`, { mode: 'run' }),
    summarise: errorOrTotal,
  },
  {
    name: 'ts-nested-generics-score',
    prepare: (api) => session(api, 'typescript', nestedGenericArrows(23), explained),
    send: score,
    summarise: errorOrTotal,
  },
  {
    name: 'scorer-unclosed-backslashes',
    prepare: (api) => session(api, 'python', unclosedBackslashes(48), explained),
    send: score,
    summarise: errorOrTotal,
  },
  {
    name: 'coach-for-for-190kb',
    prepare: (api) => session(api, 'python', forFor()),
    send: (api, id) => api('POST', `/sessions/${id}/assistant`, { message: 'Review my code?' }),
    summarise: ({ status, text }) =>
      `${status} ${text.includes('"complete":true') ? 'whole reply' : text.includes('event: error') ? 'error event' : 'no reply'}`,
  },
  {
    name: 'communication-identifiers',
    prepare: (api) => {
      const { code, explanation } = manyIdentifiers()
      return session(api, 'python', code, explanation)
    },
    send: score,
    summarise: errorOrTotal,
  },
  {
    name: 'complexity-claims-3300',
    prepare: (api) => session(api, 'python', '', manyComplexityClaims()),
    send: score,
    summarise: errorOrTotal,
  },
]
