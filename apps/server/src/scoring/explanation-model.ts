// The explanation scorer's committed weights (explanation-model.json), loaded once per process.
import { z } from 'zod'
import committed from './explanation-model.json' with { type: 'json' }

/** The per-criterion features the model combines, in this order. Each lies in 0..1. */
export const CRITERION_FEATURES = [
  'concepts',
  'reference',
  'quality',
  'holisticRecall',
  'holisticPrecision',
  'holisticHardRecall',
  'holisticHardPrecision',
  'holisticCosine',
] as const

export const ExplanationModel = z.object({
  version: z.string(),
  options: z.object({
    questionWeight: z.number(),
    idfPower: z.number(),
    embeddingFloor: z.number(),
  }),
  features: z.array(z.string()),
  /** Non-negative weights that sum to 1: a text that does everything scores 1, nothing 0. */
  weights: z.array(z.number().nonnegative()),
  /** Each contradiction in a criterion keeps this share of the criterion's score. */
  contradictionKeep: z.number().min(0).max(1),
  /** How it was fitted, for the record: data, folds and cross-validated figures. */
  fit: z.record(z.string(), z.unknown()).optional(),
})
export type ExplanationModel = z.infer<typeof ExplanationModel>

function load(): ExplanationModel {
  const model = ExplanationModel.parse(committed)
  if (
    model.features.join(',') !== CRITERION_FEATURES.join(',') ||
    model.weights.length !== CRITERION_FEATURES.length
  ) {
    throw new Error(
      `explanation-model.json weighs ${model.features.join(',')}, the scorer computes ${CRITERION_FEATURES.join(',')}: set weights for these features and check them with \`pairwise scoring eval --cv\``,
    )
  }
  return model
}

export const EXPLANATION_MODEL: ExplanationModel = load()
