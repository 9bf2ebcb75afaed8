// The scoring computation that needs no database, runner or network: the explanation, the AI
// collaboration and the complexity claim. A pure function of plain data, so it runs in the worker
// pool (workers/tasks.ts `scoreOffline`) with the pool's time and memory limits.
import type { CollaborationScore, ScoreFlag } from '@pairwise/shared'
import {
  assessCollaboration,
  collaborationFlags,
  type CollaborationInput,
} from './collaboration.ts'
import { parseComplexityClaim, type ComplexityClaim } from './complexity.ts'
import { scoreExplanation, type ExplanationInput, type ExplanationScore } from './explanation.ts'

export interface OfflinePartsInput {
  explanation: ExplanationInput
  collaboration: CollaborationInput
}

export interface OfflineParts {
  explanation: ExplanationScore
  collaboration: CollaborationScore
  collaborationFlags: ScoreFlag[]
  /** The explanation's own time-complexity claim, for the consistency check. */
  claim: ComplexityClaim | null
}

export function scoreOfflineParts(input: OfflinePartsInput): OfflineParts {
  const collaboration = assessCollaboration(input.collaboration)
  return {
    explanation: scoreExplanation(input.explanation),
    collaboration,
    collaborationFlags: collaborationFlags(collaboration),
    claim: parseComplexityClaim(input.explanation.explanation),
  }
}
