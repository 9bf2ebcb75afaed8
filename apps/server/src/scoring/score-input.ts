// What scoring a session starts from: the user, the session row, its problem and the weights.
// A module of its own so that the report and the parts it assembles do not import each other.
import type { ProblemDefinition, PublicUser, ScoreWeights } from '@pairwise/shared'
import type { PracticeSessionRow } from '../db/schema.ts'

export interface ScoreInput {
  user: PublicUser
  session: PracticeSessionRow
  problem: ProblemDefinition
  weights?: ScoreWeights
  signal?: AbortSignal
}
