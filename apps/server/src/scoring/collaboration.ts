// Scores how the candidate worked with the assistant, from the transcript, as signals the
// candidate sees: how they asked, whether they tested its code, push-back, provenance, ownership.
import type {
  AssistantPolicy,
  CollaborationScore,
  CollaborationSignal,
  ScoreFlag,
  TranscriptEventView,
} from '@pairwise/shared'
import {
  measureProvenance,
  measureVerification,
  readTimeline,
  type Provenance,
  type TimelineStep,
  type Verification,
} from './collaboration-timeline.ts'
import { classifyMessage, INTENT_LABELS, isPushBack, type MessageIntent } from './message-intent.ts'
import { plainWords } from './text.ts'

export const COLLABORATION_SCORER = { name: 'collaboration', version: '1.0.0' } as const

/** Points of each part, out of 100. */
export const COLLABORATION_WEIGHTS = {
  requests: 30,
  verification: 25,
  pushBack: 10,
  provenance: 15,
  ownership: 20,
} as const

/** The share of a part's points given when it does not apply (no messages, no insertions, …). */
export const NEUTRAL_FRACTION = 0.6

/** Explanation overlap with the replies (4-gram containment) from which credit falls, and to 0. */
const OWN_WORDS = 0.15
const COPIED = 0.6
/** From this overlap the explanation is flagged as copied from the assistant. */
export const OWNERSHIP_FLAG_SHARE = 0.4

export interface CollaborationInput {
  events: readonly TranscriptEventView[]
  finalCode: string
  explanation: string
  policy: AssistantPolicy
}

type Part = keyof typeof COLLABORATION_WEIGHTS

interface PartResult {
  /** 0..1, or null when the part does not apply and counts as neutral. */
  fraction: number | null
  signals: CollaborationSignal[]
}

export function assessCollaboration(input: CollaborationInput): CollaborationScore {
  const steps = readTimeline(input.events, input.finalCode)
  const messages = steps.filter((s) => s.kind === 'message')
  const replies = steps.filter((s) => s.kind === 'reply')
  const insertions = steps.filter((s) => s.kind === 'insertion')
  const usedAssistant = messages.length > 0 || replies.length > 0 || insertions.some(fromAi)

  if (!usedAssistant) {
    // Nothing to judge: the part drops out of the total rather than earning points for nothing.
    // Pastes from elsewhere are still shown, for the candidate and a mentor to see.
    const provenance = assessProvenance(measureProvenance(steps, input.finalCode), input.policy)
    return {
      score: 0,
      max: 0,
      signals: [
        useSignal(false, 0, insertions),
        ...(insertions.length > 0 ? provenance.signals : []),
      ],
      note: NOT_USED_NOTE,
    }
  }

  const parts: Record<Part, PartResult> = {
    requests: assessRequests(messages, input.policy),
    verification: assessVerification(measureVerification(steps)),
    pushBack: assessPushBack(steps),
    provenance: assessProvenance(measureProvenance(steps, input.finalCode), input.policy),
    ownership: assessOwnership(
      input.explanation,
      replies.map((r) => r.text),
    ),
  }

  let score = 0
  const signals: CollaborationSignal[] = [useSignal(usedAssistant, messages.length, insertions)]
  for (const part of Object.keys(COLLABORATION_WEIGHTS) as Part[]) {
    const { fraction, signals: partSignals } = parts[part]
    const weight = COLLABORATION_WEIGHTS[part]
    const points = weight * (fraction ?? NEUTRAL_FRACTION)
    score += points
    const [first, ...rest] = partSignals
    if (first) {
      const note =
        fraction === null
          ? ` (Not applicable: counted as neutral, ${round1(points)} of ${weight} points.)`
          : ` (${round1(points)} of ${weight} points.)`
      signals.push({ ...first, detail: `${first.detail}${note}` }, ...rest)
    }
  }
  return { score: round1(score), max: 100, signals }
}

/** Flags for the report that the collaboration signals raise. */
export function collaborationFlags(collaboration: CollaborationScore): ScoreFlag[] {
  const ownership = collaboration.signals.find((s) => s.id === 'explanation-ownership')
  if (typeof ownership?.value === 'number' && ownership.value >= OWNERSHIP_FLAG_SHARE * 100) {
    return [
      {
        code: 'copied-from-assistant',
        message: `${ownership.value}% of the explanation's word sequences also appear in the assistant's replies.`,
      },
    ]
  }
  return []
}

const fromAi = (step: TimelineStep) => step.kind === 'insertion' && step.fromAssistant

export const NOT_USED_NOTE =
  'Not assessed: you did not use the assistant, so there was no collaboration to judge. The other parts count instead.'

function useSignal(
  used: boolean,
  messages: number,
  insertions: TimelineStep[],
): CollaborationSignal {
  const fromAssistant = insertions.filter(fromAi)
  const inferred = fromAssistant.filter((s) => s.kind === 'insertion' && s.source === 'inferred')
  const found =
    inferred.length > 0
      ? ` (${inferred.length} of them found by matching the assistant's code against your saved code)`
      : ''
  return {
    id: 'assistant-use',
    label: 'Use of the assistant',
    value: messages,
    detail: used
      ? `You sent ${plural(messages, 'message')} to the assistant and inserted or pasted its code ${plural(fromAssistant.length, 'time')}${found}.`
      : 'You did not use the assistant. That is fine: solving it alone is not penalised, and this part is left out of the total.',
  }
}

/** Points per message: clarifying and planning earn most, asking for the solution costs. */
const INTENT_POINTS: Record<MessageIntent, number> = {
  clarify: 1,
  plan: 1,
  concept: 0.4,
  debug: 0.4,
  other: 0.1,
  'full-solution': -1.5,
}

function assessRequests(
  messages: Extract<TimelineStep, { kind: 'message' }>[],
  policy: AssistantPolicy,
): PartResult {
  if (messages.length === 0) {
    return {
      fraction: null,
      signals: [
        {
          id: 'how-you-asked',
          label: 'How you asked for help',
          value: 'no messages',
          detail: 'You sent no messages to the assistant.',
        },
      ],
    }
  }
  // Pair programming allows asking for code; asking for all of it still skips the thinking.
  const solutionPenalty = policy === 'pair' ? -1 : INTENT_POINTS['full-solution']
  const classified = messages.map((m) => ({ text: m.text, intent: classifyMessage(m.text) }))
  const counts = new Map<MessageIntent, number>()
  for (const { intent } of classified) counts.set(intent, (counts.get(intent) ?? 0) + 1)
  const sum = classified.reduce(
    (s, { intent }) => s + (intent === 'full-solution' ? solutionPenalty : INTENT_POINTS[intent]),
    0,
  )
  const fraction = clamp01(0.5 + (0.5 * sum) / classified.length)
  const good = classified.filter((c) => c.intent === 'clarify' || c.intent === 'plan')
  const wanted = classified.filter((c) => c.intent === 'full-solution')
  const summary = (['clarify', 'plan', 'concept', 'debug', 'full-solution', 'other'] as const)
    .filter((intent) => counts.has(intent))
    .map((intent) => `${counts.get(intent)} ${INTENT_LABELS[intent]}`)
    .join(', ')
  const example = good[0] ? ` For example: “${excerpt(good[0].text)}”.` : ''
  const advice =
    good.length > 0
      ? 'Pinning down the problem and discussing your approach before coding is what interviewers look for.'
      : 'Start by asking about inputs, outputs and edge cases, or by proposing your approach and asking what it misses.'
  const signals: CollaborationSignal[] = [
    {
      id: 'how-you-asked',
      label: 'How you asked for help',
      value: summary,
      detail: `Your ${plural(classified.length, 'message')}: ${summary}.${example} ${advice}`,
    },
    {
      id: 'solution-requests',
      label: 'Asked for the whole solution',
      value: wanted.length,
      detail:
        wanted[0] === undefined
          ? 'You never asked the assistant for the whole solution.'
          : `You asked for the whole solution ${plural(wanted.length, 'time')} (“${excerpt(wanted[0].text)}”). In an interview that skips the part being assessed: ask for a hint or a review of your plan instead.${policy === 'pair' ? '' : ' The assistant in this problem does not give full solutions.'}`,
    },
  ]
  return { fraction, signals }
}

function assessVerification(verification: Verification): PartResult {
  const { insertions, verified, unverified } = verification
  if (insertions === 0) {
    return {
      fraction: null,
      signals: [
        {
          id: 'verification',
          label: "Tested the assistant's code",
          value: 'no insertions',
          detail: "You did not insert or paste the assistant's code, so there was nothing to test.",
        },
      ],
    }
  }
  const share = verified / insertions
  const missed =
    unverified.length > 0
      ? ` Untested: insertion ${unverified.join(', ')}. Run the tests after every insertion, before you move on.`
      : ' Good: every insertion was checked before you moved on.'
  return {
    fraction: share,
    signals: [
      {
        id: 'verification',
        label: "Tested the assistant's code",
        value: percent(share),
        detail: `You ran the tests after ${verified} of ${plural(insertions, 'insertion')} of the assistant's code, before asking it anything else.${missed}`,
      },
    ],
  }
}

function assessPushBack(steps: TimelineStep[]): PartResult {
  let seenReply = false
  const pushed: string[] = []
  for (const step of steps) {
    if (step.kind === 'reply') seenReply = true
    // Only a message after a reply can question that reply.
    else if (step.kind === 'message' && seenReply && isPushBack(step.text)) pushed.push(step.text)
  }
  if (!seenReply) {
    return {
      fraction: null,
      signals: [
        {
          id: 'push-back',
          label: 'Questioned or corrected the assistant',
          value: false,
          detail: 'The assistant never replied, so there was nothing to question.',
        },
      ],
    }
  }
  const first = pushed[0]
  return {
    fraction: first === undefined ? 0.5 : 1,
    signals: [
      {
        id: 'push-back',
        label: 'Questioned or corrected the assistant',
        value: first !== undefined,
        detail:
          first === undefined
            ? 'You never questioned a reply. When a suggestion looks wrong or misses a case, say so and ask why: the assistant can be wrong.'
            : `You questioned or corrected the assistant ${plural(pushed.length, 'time')}, e.g. “${excerpt(first)}”. Checking its suggestions is part of working with it.`,
      },
    ],
  }
}

function assessProvenance(provenance: Provenance, policy: AssistantPolicy): PartResult {
  const { assistantShare, pastedShare, changedShare, introducedLines, untracedPastes } = provenance
  const share = assistantShare + pastedShare
  // The pair policy writes code on request, so its code costs less than an unasked-for copy.
  const cost = policy === 'pair' ? 0.6 : 0.8
  const fraction =
    introducedLines === 0 ? 1 : clamp01(1 - cost * share + 0.2 * changedShare * Math.sign(share))
  const untraced =
    untracedPastes > 0
      ? ` ${plural(untracedPastes, 'paste')} had no recorded text and could not be traced.`
      : ''
  const signals: CollaborationSignal[] = [
    {
      id: 'ai-code-share',
      label: 'Final code from the assistant or pastes',
      clientReported: true,
      value: percent(share),
      detail:
        introducedLines === 0
          ? `None of your final code came from the assistant or from pastes.${untraced}`
          : `About ${percent(share)}% of your final code matches ${sources(assistantShare, pastedShare)}.${untraced}${share > 0.5 ? ' Most of the code is not yours: be ready to explain every line of it.' : ''}`,
    },
  ]
  if (introducedLines > 0) {
    signals.push({
      id: 'ai-code-changed',
      label: 'Inserted code you changed',
      clientReported: true,
      value: percent(changedShare),
      detail: `You later edited or removed ${percent(changedShare)}% of the ${plural(introducedLines, 'line')} that insertions and pastes added.${changedShare === 0 ? ' Adapting inserted code to your own design shows you understood it.' : ''}`,
    })
  }
  return { fraction, signals }
}

function assessOwnership(explanation: string, replies: string[]): PartResult {
  const own = grams(plainWords(explanation))
  if (own.length === 0) {
    return {
      fraction: null,
      signals: [
        {
          id: 'explanation-ownership',
          label: 'Explanation in your own words',
          value: 0,
          detail: "The explanation is too short to compare with the assistant's replies.",
        },
      ],
    }
  }
  const theirs = new Set(replies.flatMap((r) => grams(plainWords(r))))
  const overlap = own.filter((g) => theirs.has(g)).length / own.length
  const fraction = clamp01((COPIED - overlap) / (COPIED - OWN_WORDS))
  const flagged = overlap >= OWNERSHIP_FLAG_SHARE
  return {
    fraction,
    signals: [
      {
        id: 'explanation-ownership',
        label: 'Explanation in your own words',
        value: percent(overlap),
        detail: flagged
          ? `${percent(overlap)}% of your explanation's four-word sequences also appear in the assistant's replies, so it is flagged as copied. Explain in your own words what you did and why.`
          : replies.length === 0
            ? 'The explanation is yours: the assistant wrote nothing it could come from.'
            : `${percent(overlap)}% of your explanation's four-word sequences also appear in the assistant's replies: it is in your own words.`,
      },
    ],
  }
}

/** Word 4-grams with at least two words of 3+ letters: "o n log n" is everyone's, not a copy. */
function grams(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 4 <= words.length; i++) {
    const gram = words.slice(i, i + 4)
    if (gram.filter((w) => w.length >= 3).length >= 2) out.push(gram.join(' '))
  }
  return out
}

function sources(assistantShare: number, pastedShare: number): string {
  if (pastedShare === 0) return "lines inserted from the assistant's replies"
  if (assistantShare === 0) return 'lines you pasted'
  return `lines inserted from the assistant (${percent(assistantShare)}%) or pasted (${percent(pastedShare)}%)`
}

function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function percent(share: number): number {
  return Math.round(share * 100)
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x))
}

function round1(x: number): number {
  return Math.round(x * 10) / 10
}
