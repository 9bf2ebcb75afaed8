// Cohorts, comments, overrides, shares, problem sets and postings, as the API shows them.
import { z } from 'zod'
import type { Area } from './areas.ts'
import { AssistantPolicy } from './areas.ts'

export const CreateCohortBody = z.strictObject({ name: z.string().trim().min(1).max(100) })

export const AddMemberBody = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: z.enum(['candidate', 'mentor']),
})

export const CommentBody = z.strictObject({
  body: z.string().trim().min(1, 'write a comment first').max(5_000),
  atSeq: z.number().int().positive().optional(),
  line: z.number().int().positive().max(100_000).optional(),
})

export const OverrideBody = z.strictObject({
  total: z.number().min(0).max(100),
  reason: z.string().trim().min(10, 'give a reason of at least 10 characters').max(2_000),
  criteria: z.record(z.string().max(80), z.number().min(0).max(100)).optional(),
})

export const ScoreWeightsBody = z.strictObject({
  explanation: z.number().min(0).max(1),
  correctness: z.number().min(0).max(1),
  consistency: z.number().min(0).max(1),
  collaboration: z.number().min(0).max(1),
})

export const ProblemSetBody = z.strictObject({
  title: z.string().trim().min(1).max(120),
  problemSlugs: z.array(z.string().min(1).max(80)).min(1).max(50),
  assistant: AssistantPolicy.optional(),
  weights: ScoreWeightsBody.optional(),
  postingId: z.string().max(64).optional(),
  /** Assign the set to one of the instructor's cohorts; null makes it open to everyone again. */
  cohortId: z.string().min(1).max(64).nullable().optional(),
})

/** Where a candidate stands on one problem of a set. */
export type SetProblemStatus = 'not_started' | 'in_progress' | 'solved' | 'scored'

export interface SetProblemProgress {
  slug: string
  status: SetProblemStatus
  /** The best total over the candidate's sessions of this problem in this set (a mentor's
   * override counts in place of the report it corrects), or null when none was scored. */
  bestScore: number | null
  /** The unfinished session to continue, when there is one. */
  activeSessionId: string | null
  /** The newest session of this problem in this set, of any status. */
  latestSessionId: string | null
}

export interface SetProgress {
  problems: SetProblemProgress[]
  /** Every problem of the set has a score. */
  done: boolean
  /** The mean of the best scores, counting an unscored problem as 0; null before any score. */
  total: number | null
}

export const PostingBody = z.strictObject({
  text: z.string().trim().min(40, 'paste the whole posting (at least 40 characters)').max(50_000),
  title: z.string().trim().max(200).optional(),
})

export interface Comment {
  id: string
  sessionId: string
  author: { id: string; name: string }
  body: string
  atSeq: number | null
  line: number | null
  createdAt: string
}

export interface ScoreOverride {
  id: string
  /** The automatic report this override corrects (a later scoring makes a new report). */
  reportId: string
  mentor: { id: string; name: string }
  total: number
  reason: string
  criteria: Record<string, number> | null
  createdAt: string
}

export interface PostingRequirement {
  area: Area
  evidence: string
  confidence?: number
  /** The terms found in `evidence`, as it writes them. */
  matched?: string[]
  /** Only the posting's title names the area (absent on postings analysed before it existed). */
  titleOnly?: boolean
}

/** A mentor's comment or score override on one of the candidate's own sessions (the inbox). */
export interface FeedbackItem {
  id: string
  kind: 'comment' | 'override'
  sessionId: string
  problemTitle: string
  author: { id: string; name: string }
  /** The comment's text, or the override's reason. */
  body: string
  /** Overrides: the mentor's total, and the automatic one it replaced. */
  total?: number
  automaticTotal?: number
  /** Comments: the moment and line they are pinned to. */
  atSeq?: number | null
  line?: number | null
  createdAt: string
  read: boolean
}

export const MarkFeedbackReadBody = z
  .strictObject({
    ids: z.array(z.string().min(1).max(64)).max(500).optional(),
    sessionId: z.string().min(1).max(64).optional(),
  })
  .refine((b) => b.ids !== undefined || b.sessionId !== undefined, {
    message: 'send ids or a sessionId',
  })
