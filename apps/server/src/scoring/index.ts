// The offline scorer's public surface: explanation scoring, agreement metrics, collaboration, the judge.
export { scoreExplanation, OFFLINE_SCORER } from './explanation.ts'
export type { ExplanationInput, ExplanationScore } from './explanation.ts'
export { agreement, pearson, spearman, rmse, quadraticWeightedKappa } from './eval.ts'
export type { Agreement } from './eval.ts'
export { visibleText } from './text.ts'
export { warmUpScorer } from './warm-up.ts'
export {
  assessCollaboration,
  collaborationFlags,
  COLLABORATION_SCORER,
  COLLABORATION_WEIGHTS,
} from './collaboration.ts'
export type { CollaborationInput } from './collaboration.ts'
export { classifyMessage, isPushBack } from './message-intent.ts'
export type { MessageIntent } from './message-intent.ts'
export { combineWithJudge, DEFAULT_JUDGE_MARGIN } from './judge-combine.ts'
export type { JudgeComparison, OfflineCriterion } from './judge-combine.ts'
export {
  isJudgeFailure,
  judgeExplanation,
  judgeFraction,
  JUDGE_SCORER,
  VERDICT_SCORES,
} from './judge.ts'
export type {
  JudgeErrorCode,
  JudgeFailure,
  JudgeInput,
  JudgeOutcome,
  JudgeResult,
  JudgedCriterion,
  Verdict,
} from './judge.ts'
