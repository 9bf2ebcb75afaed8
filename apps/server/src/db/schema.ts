// The Database interface: one XxxTable per table, shared by the SQLite and PostgreSQL dialects.
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
  current_version_id: string
  /** Lower-cased title, areas and statement, for the catalog's text search. */
  search_text: string
  source: 'library' | 'authored'
  published: ColumnType<number, number | undefined, number>
  created_at: string
  updated_at: string
}

export interface ProblemVersionTable {
  id: string
  slug: string
  content_hash: string
  /** The whole ProblemDefinition as JSON, secrets included: never sent to a browser. */
  definition: string
  created_at: string
}

export type PracticeStatus = 'active' | 'submitted' | 'scored'

export interface PracticeSessionTable {
  id: string
  user_id: string
  problem_slug: string
  problem_version_id: string
  language: 'python' | 'typescript'
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
}

export interface TranscriptEventTable {
  session_id: string
  seq: number
  type: string
  at: string
  /** JSON object. */
  data: string
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

export interface Database {
  users: UserTable
  auth_sessions: AuthSessionTable
  problems: ProblemTable
  problem_versions: ProblemVersionTable
  practice_sessions: PracticeSessionTable
  transcript_events: TranscriptEventTable
  runs: RunTable
}

export type UserRow = Selectable<UserTable>
export type NewUser = Insertable<UserTable>
export type ProblemRow = Selectable<ProblemTable>
export type PracticeSessionRow = Selectable<PracticeSessionTable>
export type PracticeSessionUpdate = Updateable<PracticeSessionTable>
export type { Generated }
