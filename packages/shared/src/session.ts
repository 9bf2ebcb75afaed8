// Practice sessions and their transcripts, as the API shows them.
import { z } from 'zod'
import { Language } from './areas.ts'

/** Larger code is refused with 413 before it reaches the runner or the database. */
export const MAX_CODE_BYTES = 256 * 1024
export const MAX_EXPLANATION_CHARS = 20_000

/** Bytes as a person reads a storage figure: "0.3 MB", "12 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`
}

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
  /** The problem set the session was started from, or null. */
  problemSetId: string | null
  /** When the owner archived it (hidden from My practice's main list), or null. */
  archivedAt: string | null
}

export const SessionListQuery = z.strictObject({
  /** Only this problem's sessions. */
  problem: z.string().min(1).max(80).optional(),
  /** `1`: only archived sessions; otherwise only the ones not archived. */
  archived: z.enum(['0', '1']).optional(),
  /** `1`: only unfinished sessions (still active). */
  unfinished: z.enum(['0', '1']).optional(),
})

/** A page of a transcript: the events after seq `after` (0 = from the start), at most `limit`. */
export const TranscriptQuery = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
})

export const ArchiveSessionBody = z.strictObject({ archived: z.boolean() })

export const CreateSessionBody = z.strictObject({
  problemSlug: z.string().min(1).max(80),
  language: Language,
  /** Start the problem as part of a set, whose assistant policy and score weights apply. */
  problemSetId: z.string().min(1).max(64).optional(),
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

/** Events the browser reports into the transcript; everything else is recorded by the server. */
export const ClientEventBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('paste'),
    data: z.strictObject({
      chars: z.number().int().nonnegative().max(10_000_000),
      lines: z.number().int().nonnegative().max(1_000_000),
      /** The pasted text matches (part of) an assistant reply. */
      fromAssistant: z.boolean(),
      text: z.string().max(20_000).optional(),
      line: z.number().int().positive().optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('ai_insert'),
    data: z.strictObject({
      /** The assistant turn (transcript seq) the code came from. */
      fromSeq: z.number().int().positive().optional(),
      chars: z.number().int().nonnegative().max(10_000_000),
      lines: z.number().int().nonnegative().max(1_000_000),
      text: z.string().max(20_000),
      line: z.number().int().positive().optional(),
    }),
  }),
  z.strictObject({
    type: z.literal('explanation_draft'),
    data: z.strictObject({ chars: z.number().int().nonnegative().max(1_000_000) }),
  }),
])
export type ClientEventBody = z.infer<typeof ClientEventBody>

export const AssistantMessageBody = z.strictObject({
  message: z
    .string()
    .trim()
    .min(1, 'write a message first')
    .max(4_000, 'a message is limited to 4,000 characters'),
})
