// The offline scorer's public surface: explanation scoring, short-answer grading, agreement metrics.
export { scoreExplanation, OFFLINE_SCORER } from './explanation.ts'
export type { ExplanationInput, ExplanationScore } from './explanation.ts'
export { predictScore, predictFraction, GRADE_MODEL } from './grade.ts'
export type { PredictInput } from './grade.ts'
export { agreement, pearson, spearman, rmse, quadraticWeightedKappa } from './eval.ts'
export type { Agreement } from './eval.ts'
export { visibleText } from './text.ts'
export { warmUpScorer } from './warm-up.ts'
