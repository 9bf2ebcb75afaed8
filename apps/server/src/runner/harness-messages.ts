// The lines a harness writes on fd 3, validated, since the code that shares its process is untrusted.
import { z } from 'zod'

const Failure = {
  ok: z.literal(false),
  error: z.string(),
  errorType: z.string(),
  line: z.number().int().positive().nullable(),
}

const LoadMessage = z.union([
  z.object({ type: z.literal('load'), ok: z.literal(true) }),
  z.object({ type: z.literal('load'), ...Failure }),
])

const CaseMessage = z.union([
  z.object({
    type: z.literal('case'),
    index: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
    ok: z.literal(true),
    actual: z.unknown().optional(),
    output: z.string().optional(),
  }),
  z.object({
    type: z.literal('case'),
    index: z.number().int().nonnegative(),
    ms: z.number().nonnegative(),
    ...Failure,
  }),
])

const HarnessMessage = z.union([LoadMessage, CaseMessage, z.object({ type: z.literal('done') })])

export type LoadMessage = z.infer<typeof LoadMessage>
export type CaseMessage = z.infer<typeof CaseMessage>

export interface HarnessReport {
  load: LoadMessage | undefined
  cases: Map<number, CaseMessage>
  done: boolean
}

export function readHarnessReport(text: string): HarnessReport {
  const report: HarnessReport = { load: undefined, cases: new Map(), done: false }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let parsed: z.infer<typeof HarnessMessage>
    try {
      parsed = HarnessMessage.parse(JSON.parse(line))
    } catch {
      // Not a harness line: the candidate wrote on fd 3, or the run was cut off mid-line.
      continue
    }
    if (parsed.type === 'load') report.load ??= parsed
    else if (parsed.type === 'case') {
      if (!report.cases.has(parsed.index)) report.cases.set(parsed.index, parsed)
    } else report.done = true
  }
  return report
}
