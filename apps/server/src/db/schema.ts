// The Database interface: one XxxTable per table, shared by the SQLite and PostgreSQL dialects.
import type { Language } from '@pairwise/shared'
// Timestamps are ISO-8601 text and JSON columns are text, so both dialects read the same values.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

export type Role = 'candidate' | 'mentor' | 'instructor' | 'admin'

export interface UserTable {
  id: string
  email: string
  name: string
  role: Role
  password_hash: string
  created_at: string
  /** Set when an admin deactivates the account: it cannot log in and its logins are ended. */
  deactivated_at: ColumnType<string | null, string | null | undefined, string | null>
  /** Bytes this account's sessions store (transcripts and runs); see storage/usage.ts. */
  storage_bytes: ColumnType<number | string, number | undefined, number>
  /** The most it may store. */
  storage_quota_bytes: ColumnType<number | string, number | undefined, number>
}

export interface AuthSessionTable {
  token_hash: string
  user_id: string
  created_at: string
  expires_at: string
}

export interface ProblemTable {
  slug: string
  title: string
  /** JSON array of area ids. */
  areas: string
  difficulty: 'easy' | 'medium' | 'hard'
  /** JSON array of languages. */
  languages: string
  /** JSON array of the Python libraries the current version requires (import names). */
  requires: ColumnType<string, string | undefined, string>
  current_version_id: string
  /** Lower-cased title, areas and statement, for the catalog's text search. */
  search_text: string
  source: 'library' | 'authored'
  published: ColumnType<number, number | undefined, number>
  created_at: string
  updated_at: string
  /** An authored edit waiting to validate and be published; sessions never see it. */
  draft_version_id: ColumnType<string | null, string | null | undefined, string | null>
  created_by: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ProblemVersionTable {
  id: string
  slug: string
  content_hash: string
  /** The whole ProblemDefinition as JSON, secrets included: never sent to a browser. */
  definition: string
  created_at: string
  validated_at: ColumnType<string | null, string | null | undefined, string | null>
  /** JSON validation report of the reference solutions through the runner. */
  validation: ColumnType<string | null, string | null | undefined, string | null>
}

export type PracticeStatus = 'active' | 'submitted' | 'scored'

export interface PracticeSessionTable {
  id: string
  user_id: string
  problem_slug: string
  problem_version_id: string
  language: Language
  code: string
  rev: number
  explanation: string
  explanation_rev: number
  status: PracticeStatus
  created_at: string
  updated_at: string
  /** The code as of the last transcript snapshot; snapshots are stored as edits against it. */
  snapshot_code: string | null
  snapshot_at: string | null
  snapshot_count: ColumnType<number, number | undefined, number>
  /** What the transcript (and the session's runs) hold: counted as they are appended. */
  transcript_events: ColumnType<number, number | undefined, number>
  transcript_bytes: ColumnType<number | string, number | undefined, number>
  /** The problem set the session was started from, whose policy and weights apply. */
  problem_set_id: ColumnType<string | null, string | null | undefined, string | null>
  /** Hidden from My practice's main list when set; the session itself is untouched. */
  archived_at: ColumnType<string | null, string | null | undefined, string | null>
}

export interface TranscriptEventTable {
  session_id: string
  seq: number
  type: string
  at: string
  /** JSON object. */
  data: string
}

/** Code that runs were made with, stored once per content (run events refer to it by hash). */
export interface CodeBlobTable {
  hash: string
  code: string
  bytes: number
  created_at: string
}

export interface RunTable {
  id: string
  session_id: string
  mode: 'run' | 'submit'
  status: string
  /** JSON RunResult as stored on the server (hidden cases included). */
  result: string
  created_at: string
}

export interface CohortTable {
  id: string
  name: string
  created_by: string
  created_at: string
}

export interface CohortMemberTable {
  cohort_id: string
  user_id: string
  role: 'candidate' | 'mentor'
  added_at: string
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'left'

export interface CohortInvitationTable {
  id: string
  cohort_id: string
  /** Lower-cased; the invitation waits for whoever signs in with it. */
  email: string
  role: 'candidate' | 'mentor'
  invited_by: string
  invited_at: string
  status: InvitationStatus
  responded_at: string | null
}

export interface SessionShareTable {
  session_id: string
  user_id: string
  created_at: string
}

export interface ShareLinkTable {
  token_hash: string
  session_id: string
  created_at: string
  expires_at: string
}

export interface CommentTable {
  id: string
  session_id: string
  author_id: string
  body: string
  at_seq: number | null
  line: number | null
  created_at: string
}

export interface ScoreReportTable {
  id: string
  session_id: string
  total: number
  /** JSON ScoreReport. */
  report: string
  flagged: ColumnType<number, number | undefined, number>
  created_at: string
}

export interface ScoreOverrideTable {
  id: string
  session_id: string
  report_id: string
  mentor_id: string
  total: number
  /** JSON map of criterion id to the mentor's score, when given. */
  criteria: string | null
  reason: string
  created_at: string
}

export interface ProblemSetTable {
  id: string
  title: string
  created_by: string
  assistant: 'coach' | 'pair' | 'interviewer' | null
  /** JSON ScoreWeights, or null for the defaults. */
  weights: string | null
  posting_id: string | null
  published: ColumnType<number, number | undefined, number>
  /** A set for one cohort: once published, only its members (and its instructor) see it. */
  cohort_id: ColumnType<string | null, string | null | undefined, string | null>
  created_at: string
  updated_at: string
}

export interface ProblemSetItemTable {
  set_id: string
  position: number
  problem_slug: string
}

export interface PostingTable {
  id: string
  created_by: string
  title: string | null
  text: string
  requirements: string
  suggestions: string
  created_at: string
}

export interface UserAuditTable {
  id: string
  /** Who made the change; null for the command line. */
  actor_id: string | null
  user_id: string
  action: 'role' | 'deactivate' | 'reactivate' | 'reset_link' | 'password_reset' | 'profile'
  /** JSON object: what changed, e.g. {from, to}. */
  detail: string
  created_at: string
}

export interface PasswordResetTable {
  /** SHA-256 of the one-time token; the token itself is shown once to the admin. */
  token_hash: string
  user_id: string
  created_by: string
  created_at: string
  expires_at: string
  used_at: string | null
}

export interface ModelNoticeTable {
  model: string
  /** Where the notice came from: `sdk_table`, `header`, `error`. */
  source: string
  message: string
  first_seen_at: string
  last_seen_at: string
  count: ColumnType<number, number | undefined, number>
}

/** A mentor comment or score override its candidate has seen. */
export interface FeedbackReadTable {
  user_id: string
  /** A comment's or an override's id. */
  item_id: string
  read_at: string
}

export interface Database {
  feedback_reads: FeedbackReadTable
  user_audit: UserAuditTable
  password_resets: PasswordResetTable
  model_notices: ModelNoticeTable
  cohorts: CohortTable
  cohort_members: CohortMemberTable
  cohort_invitations: CohortInvitationTable
  session_shares: SessionShareTable
  share_links: ShareLinkTable
  comments: CommentTable
  score_reports: ScoreReportTable
  score_overrides: ScoreOverrideTable
  problem_sets: ProblemSetTable
  problem_set_items: ProblemSetItemTable
  postings: PostingTable
  users: UserTable
  auth_sessions: AuthSessionTable
  problems: ProblemTable
  problem_versions: ProblemVersionTable
  practice_sessions: PracticeSessionTable
  transcript_events: TranscriptEventTable
  runs: RunTable
  code_blobs: CodeBlobTable
}

export type UserRow = Selectable<UserTable>
export type NewUser = Insertable<UserTable>
export type ProblemRow = Selectable<ProblemTable>
export type PracticeSessionRow = Selectable<PracticeSessionTable>
export type PracticeSessionUpdate = Updateable<PracticeSessionTable>
export type { Generated }
