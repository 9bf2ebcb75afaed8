// Practice sessions and their transcripts, as the API shows them.
import { z } from 'zod'
import { Language } from './areas.ts'

/** Larger code is refused with 413 before it reaches the runner or the database. */
export const MAX_CODE_BYTES = 256 * 1024
export const MAX_EXPLANATION_CHARS = 20_000

export interface PracticeSession {
  id: string
  problemSlug: string
  problemTitle: string
  language: Language
  code: string
  rev: number
  explanation: string
  explanationRev: number
  status: 'active' | 'submitted' | 'scored'
  createdAt: string
  updatedAt: string
}

export const CreateSessionBody = z.strictObject({
  problemSlug: z.string().min(1).max(80),
  language: Language,
})

export const SaveCodeBody = z.strictObject({
  code: z.string(),
  rev: z.number().int().positive(),
})

export const SaveExplanationBody = z.strictObject({
  text: z.string().max(MAX_EXPLANATION_CHARS),
  rev: z.number().int().positive().optional(),
})

export interface TranscriptEventView {
  seq: number
  type: string
  at: string
  data: Record<string, unknown>
}
