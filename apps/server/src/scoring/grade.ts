// predictScore: the fitted short-answer grade of an answer against a reference, on 0..maxScore.
import { z } from 'zod'
import fitted from './grade-model.json' with { type: 'json' }
import { FEATURE_NAMES, pairFeatures } from './features.ts'
import { predictLinear, type LinearModel } from './regression.ts'
import type { SimilarityOptions } from './similarity.ts'

const GradeModelFile = z.object({
  version: z.string(),
  features: z.array(z.string()),
  options: z.object({
    questionWeight: z.number(),
    idfPower: z.number(),
    embeddingFloor: z.number(),
  }),
  intercept: z.number(),
  coefficients: z.array(z.number()),
})

export interface GradeModel extends LinearModel {
  version: string
  options: SimilarityOptions
}

function loadModel(): GradeModel {
  const file = GradeModelFile.parse(fitted)
  const expected = FEATURE_NAMES.join(',')
  if (file.features.join(',') !== expected || file.coefficients.length !== FEATURE_NAMES.length) {
    throw new Error('grade-model.json was fitted on other features: run scripts/fit-scorer.ts')
  }
  return { ...file }
}

export const GRADE_MODEL: GradeModel = loadModel()

export interface PredictInput {
  question: string
  reference: string
  answer: string
  maxScore: number
}

/** The fraction 0..1 of full marks that the model predicts. */
export function predictFraction(input: Omit<PredictInput, 'maxScore'>): number {
  const features = pairFeatures(input, GRADE_MODEL.options)
  return Math.min(1, Math.max(0, predictLinear(GRADE_MODEL, features)))
}

export function predictScore(input: PredictInput): number {
  return predictFraction(input) * input.maxScore
}
