// The score report of one explanation and session: criteria with evidence, correctness, consistency, collaboration.
import { z } from 'zod'

const Fraction = z.number().min(0).max(1)

/** One rubric criterion as scored: the quotes are verbatim sentences of the explanation. */
export const CriterionScore = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  score: z.number().min(0),
  max: z.number().positive(),
  evidence: z.array(z.string()),
  feedback: z.string(),
  /** The rubric concepts this criterion found in the explanation, and the ones it missed. */
  covered: z.array(z.string()).optional(),
  missing: z.array(z.string()).optional(),
  /**
   * Statements of the explanation that contradict a concept of this criterion (or state one of
   * its misconceptions): the sentence verbatim, the concept, and advice that says what is wrong.
   */
  contradictions: z
    .array(
      z.strictObject({
        sentence: z.string(),
        concept: z.string(),
        advice: z.string(),
      }),
    )
    .optional(),
})
export type CriterionScore = z.infer<typeof CriterionScore>

export const CorrectnessScore = z.strictObject({
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  score: z.number().min(0),
  max: z.number().nonnegative(),
  /** What lowered the score besides failing tests (code slower than required), or why it is 0. */
  note: z.string().optional(),
})
export type CorrectnessScore = z.infer<typeof CorrectnessScore>

/** A complexity claim of the explanation against the growth measured by running the code. */
export const ComplexityCheck = z.strictObject({
  claimed: z.string().nullable(),
  claimedExponent: z.number().nullable(),
  measuredExponent: z.number().nullable(),
  sizes: z.array(z.number()).optional(),
  /** 95% confidence interval of the measured exponent, from repeated timings. */
  interval: z.tuple([z.number(), z.number()]).optional(),
  /** The problem's required complexity (generator.json `expected`) and its exponent. */
  required: z.string().optional(),
  requiredExponent: z.number().optional(),
  /** The measured growth lies entirely above the requirement; it costs correctness points. */
  slowerThanRequired: z.boolean().optional(),
  /** The problem's sizes were too slow for the time budget, so smaller ones were measured. */
  adapted: z.boolean().optional(),
  /**
   * The code measured faster than the claim, but the claim is the problem's own stated cost (say
   * n² for all pairs, vectorized): at the sizes measured, constant work hid the growth.
   */
  belowStatedCost: z.boolean().optional(),
  consistent: z.boolean().nullable(),
})
export type ComplexityCheck = z.infer<typeof ComplexityCheck>

export const ConsistencyScore = z.strictObject({
  score: z.number().min(0),
  max: z.number().nonnegative(),
  complexity: ComplexityCheck.optional(),
  flags: z.array(z.string()),
  /** What was checked, or why nothing could be, in words for the candidate. */
  note: z.string().optional(),
})
export type ConsistencyScore = z.infer<typeof ConsistencyScore>

/** One signal of how the candidate worked with the assistant, shown to the candidate as is. */
export const CollaborationSignal = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.union([z.number(), z.boolean(), z.string()]),
  detail: z.string(),
  /** Built from what the browser reported (pastes, AI insertions), which a client can forge. */
  clientReported: z.boolean().optional(),
})
export type CollaborationSignal = z.infer<typeof CollaborationSignal>

export const CollaborationScore = z.strictObject({
  score: z.number().min(0),
  /** 0 when not assessed (the assistant was never used): the part then drops out of the total. */
  max: z.number().nonnegative(),
  signals: z.array(CollaborationSignal),
  /** Why the part was not assessed, in words for the candidate. */
  note: z.string().optional(),
})
export type CollaborationScore = z.infer<typeof CollaborationScore>

/** A communication quality the explanation shows or lacks (approach, complexity, trade-offs, …). */
export const CommunicationSignal = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  present: z.boolean(),
  evidence: z.array(z.string()),
  detail: z.string(),
})
export type CommunicationSignal = z.infer<typeof CommunicationSignal>

export const SCORE_FLAG_CODES = [
  'empty-explanation',
  'hidden-characters',
  'injected-instructions',
  'keyword-list',
  'repeated-sentences',
  'copied-from-statement',
  'copied-from-assistant',
  'matches-reference',
  'off-topic',
  'complexity-mismatch',
  'slower-than-required',
  'judge-disagrees',
  'judge-failed',
  'mentor-review',
] as const

/** Codes are an open set so that new scorers can add theirs; the list above is what exists now. */
export const ScoreFlag = z.strictObject({
  code: z.string().min(1),
  message: z.string(),
})
export type ScoreFlag = z.infer<typeof ScoreFlag>

export const ScorerInfo = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
})
export type ScorerInfo = z.infer<typeof ScorerInfo>

/** How much each part counts towards the total; set per problem set. They need not sum to 1. */
export const ScoreWeights = z.strictObject({
  explanation: z.number().nonnegative(),
  correctness: z.number().nonnegative(),
  consistency: z.number().nonnegative(),
  collaboration: z.number().nonnegative(),
})
export type ScoreWeights = z.infer<typeof ScoreWeights>

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  explanation: 0.45,
  correctness: 0.3,
  consistency: 0.1,
  collaboration: 0.15,
}

export const ScoreReport = z.strictObject({
  /** 0–100. */
  total: z.number().min(0).max(100),
  criteria: z.array(CriterionScore),
  correctness: CorrectnessScore,
  consistency: ConsistencyScore,
  collaboration: CollaborationScore,
  communication: z.array(CommunicationSignal).optional(),
  flags: z.array(ScoreFlag),
  scorers: z.array(ScorerInfo),
  weights: ScoreWeights.optional(),
  /** The explanation part alone, 0–1, before it is weighted into the total. */
  explanationScore: Fraction.optional(),
  createdAt: z.iso.datetime(),
})
export type ScoreReport = z.infer<typeof ScoreReport>
