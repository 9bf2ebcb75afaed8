// Review, cohorts, problem sets and postings: the mentor's and instructor's pages.
import { parseResponse } from 'hono/client'
import type {
  AssistantPolicy,
  Comment,
  ScoreOverride,
  ScoreReport,
  ScoreWeights,
  TranscriptEventView,
} from '@pairwise/shared'
import { call, client, fetchJson, param, sessionPath, withSignal } from './client.ts'

// Review, cohorts, problem sets, postings and authoring: the mentor's and instructor's pages.

export interface ReviewFilters {
  candidate?: string
  problem?: string
  flagged?: boolean
  unreviewed?: boolean
}

/** The sessions the caller may review, newest first. */
export async function listReviewSessions(filters: ReviewFilters, signal?: AbortSignal) {
  const query = {
    ...(filters.candidate ? { candidate: filters.candidate } : {}),
    ...(filters.problem ? { problem: filters.problem } : {}),
    ...(filters.flagged ? { flagged: 'true' as const } : {}),
    ...(filters.unreviewed ? { unreviewed: 'true' as const } : {}),
  }
  const { sessions } = await call(
    parseResponse(client.api.review.sessions.$get({ query }, withSignal(signal))),
  )
  return sessions
}
export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewSessions>>[number]

export async function getCalibration(signal?: AbortSignal) {
  const { calibration } = await call(
    parseResponse(client.api.review.calibration.$get({}, withSignal(signal))),
  )
  return calibration
}
export type Calibration = Awaited<ReturnType<typeof getCalibration>>

/** The whole transcript, read page by page (the server bounds it; see storage/usage.ts). */
export async function getTranscript(id: string, signal?: AbortSignal) {
  const events: TranscriptEventView[] = []
  let after = 0
  for (;;) {
    const page = await fetchJson<{ events: TranscriptEventView[]; next: number | null }>(
      `${sessionPath(id, 'transcript')}?after=${after}`,
      { signal },
    )
    events.push(...page.events)
    if (page.next === null || page.next <= after) return { events }
    after = page.next
  }
}

/** The latest automatic score and every mentor override of it, side by side. */
export function getScoreWithOverrides(id: string, signal?: AbortSignal) {
  return fetchJson<{ score: ScoreReport | null; overrides: ScoreOverride[] }>(
    sessionPath(id, 'score'),
    { signal },
  )
}

export async function listComments(id: string, signal?: AbortSignal): Promise<Comment[]> {
  const { comments } = await fetchJson<{ comments: Comment[] }>(sessionPath(id, 'comments'), {
    signal,
  })
  return comments
}

export async function addComment(
  id: string,
  input: { body: string; atSeq?: number; line?: number },
): Promise<Comment> {
  const { comment } = await fetchJson<{ comment: Comment }>(sessionPath(id, 'comments'), {
    method: 'POST',
    body: JSON.stringify(input),
  })
  return comment
}

/** `criteria` maps criterion ids to points on each criterion's own 0..max scale. */
export async function overrideScore(
  id: string,
  input: { total: number; reason: string; criteria?: Record<string, number> },
) {
  const { score } = await fetchJson<{ score: ScoreReport & { override: ScoreOverride } }>(
    sessionPath(id, 'override'),
    { method: 'POST', body: JSON.stringify(input) },
  )
  return score
}

export function shareSession(id: string) {
  return fetchJson<{ token: string; path: string; expiresInDays: number }>(
    sessionPath(id, 'share'),
    { method: 'POST', body: '{}' },
  )
}

export async function acceptShare(token: string): Promise<string> {
  const { sessionId } = await call(
    parseResponse(
      client.api.shares[':token'].accept.$post({ param: { token: encodeURIComponent(token) } }),
    ),
  )
  return sessionId
}

export async function listCohorts(signal?: AbortSignal) {
  const { cohorts } = await call(parseResponse(client.api.cohorts.$get({}, withSignal(signal))))
  return cohorts
}
export type Cohort = Awaited<ReturnType<typeof listCohorts>>[number]

export async function createCohort(name: string) {
  const { cohort } = await call(parseResponse(client.api.cohorts.$post({ json: { name } })))
  return cohort
}

export async function addCohortMember(
  cohortId: string,
  input: { email: string; role: 'candidate' | 'mentor' },
) {
  return call(
    parseResponse(client.api.cohorts[':id'].members.$post({ param: param(cohortId), json: input })),
  )
}

export interface ProblemSetInput {
  title: string
  problemSlugs: string[]
  assistant?: AssistantPolicy
  weights?: ScoreWeights
  postingId?: string
  cohortId?: string | null
}

const setRoute = client.api['problem-sets']

export async function listProblemSets(signal?: AbortSignal) {
  const { problemSets } = await call(parseResponse(setRoute.$get({}, withSignal(signal))))
  return problemSets
}
export type ProblemSet = Awaited<ReturnType<typeof listProblemSets>>[number]

export async function createProblemSet(input: ProblemSetInput) {
  const { problemSet } = await call(parseResponse(setRoute.$post({ json: input })))
  return problemSet
}

export async function updateProblemSet(id: string, input: ProblemSetInput) {
  const { problemSet } = await call(
    parseResponse(setRoute[':id'].$put({ param: param(id), json: input })),
  )
  return problemSet
}

export async function publishProblemSet(id: string) {
  const { problemSet } = await call(
    parseResponse(setRoute[':id'].publish.$post({ param: param(id) })),
  )
  return problemSet
}

export async function unpublishProblemSet(id: string) {
  const { problemSet } = await call(
    parseResponse(setRoute[':id'].unpublish.$post({ param: param(id) })),
  )
  return problemSet
}

/** Takes a member out of a cohort; its reviewers stop seeing their sessions. */
export async function removeCohortMember(cohortId: string, userId: string) {
  return call(
    parseResponse(
      client.api.cohorts[':id'].members[':userId'].$delete({
        param: { id: encodeURIComponent(cohortId), userId: encodeURIComponent(userId) },
      }),
    ),
  )
}

export async function derivePosting(input: { text: string; title?: string }) {
  return call(parseResponse(client.api.postings.$post({ json: input })))
}
export type PostingAnalysis = Awaited<ReturnType<typeof derivePosting>>
