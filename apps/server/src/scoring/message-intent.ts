// Reads what a candidate's message to the assistant asks for, and whether it pushes back on a reply.

export type MessageIntent = 'full-solution' | 'clarify' | 'plan' | 'concept' | 'debug' | 'other'

export const INTENT_LABELS: Record<MessageIntent, string> = {
  'full-solution': 'asked for the whole solution',
  clarify: 'clarifying question',
  plan: 'planning or approach discussion',
  concept: 'concept question',
  debug: 'debugging help',
  other: 'other',
}

const CODE_NOUN =
  '(?:solution|code|function|implementation|answer|program|script|thing|class|method)'

/** Asking the assistant to do the task rather than to help with it. */
const FULL_SOLUTION: RegExp[] = [
  /\bjust\s+(?:give|write|show|tell|send|paste|do|solve|code|implement)\b/,
  new RegExp(
    `\\b(?:give|write|show|send|paste|provide|generate|type|produce)\\s+(?:me\\s+|us\\s+)?(?:the\\s+|a\\s+|your\\s+)?(?:whole|full|complete|entire|final|working|finished|correct)\\s+${CODE_NOUN}`,
  ),
  /\b(?:give|show|send|tell)\s+me\s+(?:the\s+)?(?:code|solution|answer|implementation)\b/,
  /\b(?:write|implement|code|solve|finish|complete|do)\s+(?:it|this|that|the\s+[\w-]+(?:\s+function)?|my\s+[\w-]+)\s+for\s+me\b/,
  /^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:write|implement|code)\s+(?:the|this|my)\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+)?(?:function|solution|code)\b/,
  /\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:write|implement|solve|code)\s+(?:it|this|the\s+(?:problem|task|function|solution|whole\s+thing))\b/,
  /\bwhat(?:'s|\s+is)\s+the\s+(?:full\s+|complete\s+)?solution\b/,
  /\b(?:whole|full|complete|entire)\s+(?:solution|implementation|code)\b/,
  /\bdo\s+my\s+(?:homework|work|task)\b/,
]

/** "I don't want the full solution" is the opposite of asking for it. */
const NEGATED_REQUEST =
  /\b(?:don't|do\s+not|not|no|without|never|rather\s+than|instead\s+of)\b[^.?!,;]{0,30}?\b(?:solution|code|answer|implementation)\b/g

/** Pinning down the problem: inputs, outputs, constraints and edge cases of the statement. */
const CLARIFY: RegExp[] = [
  /\b(?:clarify|clarification|to\s+confirm|just\s+to\s+be\s+sure|am\s+i\s+right\s+that)\b/,
  /\b(?:can|may|should|will|could)\s+(?:i|we)\s+assume\b/,
  /\b(?:is|are)\s+(?:it|they|the\s+\w+)\s+(?:guaranteed|always|ever|allowed|possible|sorted)\b/,
  /\bwhat\s+(?:should|does|do|must)\s+(?:it|the\s+function|we|i)\s+return\b/,
  /\bwhat\s+(?:if|happens\s+(?:if|when))\b/,
  /\b(?:can|could|may)\s+(?:the\s+)?(?:input|list|array|value|values|label|labels|k|n)\b[^?]{0,40}\b(?:be|contain|have)\b/,
  /\b(?:how|what)\s+(?:should|do)\s+(?:i|we)\s+handle\b/,
  /\b(?:constraints?|input\s+size|range\s+of|edge\s+cases?\s+(?:to|should))\b/,
  /\bdoes\s+(?:the\s+)?(?:statement|problem|task|spec)\b/,
]

/** Discussing an approach the candidate proposes, or choosing between options. */
const PLAN: RegExp[] = [
  /\b(?:my|our)\s+(?:plan|approach|idea|strategy)\b/,
  /\bi(?:'m|\s+am)\s+(?:thinking|planning|going)\s+(?:of|about|to)\b/,
  /\bi\s+(?:plan|intend|want)\s+to\b/,
  /\bi(?:'ll|\s+will)\s+(?:first|start|use|sort|compute|build|try|loop|keep)\b/,
  /\b(?:would|does|will|could)\s+(?:it|this|that)\s+(?:approach\s+)?(?:work|be\s+(?:enough|efficient|better|correct))\b/,
  /\b(?:is\s+it\s+better|which\s+is\s+better|should\s+i\s+use|better\s+to\s+use|trade-?offs?|pros\s+and\s+cons)\b/,
  /\b(?:first|step\s+1)\b[^.?!]{0,80}\bthen\b/,
  /\b(?:approach|algorithm|plan)\b[^.?!]{0,40}\?/,
]

const DEBUG: RegExp[] = [
  /\b(?:error|exception|traceback|stack\s*trace|bug|crash(?:es|ed)?|typeerror|valueerror|zerodivisionerror|indexerror|keyerror|nan)\b/,
  /\b(?:fails?|failing|failed|broken|doesn't\s+work|does\s+not\s+work|not\s+working|wrong\s+(?:output|result|answer))\b/,
  /\b(?:expected|got)\b[^.?!]{0,40}\b(?:but|got|instead)\b/,
  /\bwhy\s+(?:is|does|do)\s+my\b/,
  /\bdivi(?:des|ding|sion)\s+by\s+zero\b/,
]

const CONCEPT: RegExp[] = [
  /\bwhat\s+(?:is|are|does)\b/,
  /\b(?:explain|meaning\s+of|difference\s+between|how\s+does|how\s+do|why\s+(?:does|do|is|are))\b/,
  /\bwhat(?:'s|\s+is)\s+(?:a|an|the)\b/,
  /\b(?:hint|nudge|pointer)\b/,
]

/** Questioning or correcting what the assistant said, in words that can only be about its reply. */
const PUSH_BACK: RegExp[] = [
  /\b(?:that|this|it|your\s+\w+)(?:'s|\s+is)\s+(?:wrong|incorrect|not\s+(?:right|correct|quite\s+right)|a\s+bug|off\s+by\s+one)\b/,
  /\bare\s+you\s+sure\b/,
  /\b(?:you\s+(?:forgot|missed|ignored|misread|got\s+it\s+wrong)|you're\s+wrong|you\s+are\s+wrong)\b/,
  /\b(?:i\s+disagree|i\s+don't\s+agree|i\s+do\s+not\s+agree|that\s+can't\s+be\s+right)\b/,
  /\bi\s+think\s+(?:instead|rather|it\s+should|that's\s+wrong|you're\s+wrong|you\s+are\s+wrong)\b/,
  /\b(?:shouldn't|should)\s+(?:it|that|this)\s+(?:be|use|return)\b[^.?!]{0,60}\binstead\b/,
  /\bbut\s+what\s+about\b/,
  /\bisn't\s+(?:that|this|it)\s+(?:wrong|incorrect|quadratic|slower)\b/,
]

/** Also push-back, unless the candidate is describing their own code ("my code fails on …"). */
const FAULT_FOUND: RegExp[] = [
  /\b(?:that|this|it|your\s+(?:code|version|suggestion|snippet|fix|answer))\s+(?:fails|breaks|crashes|doesn't\s+work|does\s+not\s+work|won't\s+work|will\s+not\s+work)\b/,
  /\b(?:doesn't|does\s+not|won't|will\s+not|didn't|did\s+not)\s+(?:handle|cover|account\s+for|consider|work\s+(?:for|when|on|with))\b/,
  /\bfails\s+(?:on|for|when|with)\b/,
]

const OWN_CODE = /\bmy\s+(?:code|version|solution|function|implementation|loop|test|attempt)\b/
const ASSISTANT_CODE =
  /\byour\b|\byou\s+(?:wrote|suggested|gave|said|proposed|sent)\b|\b(?:the|that|this)\s+(?:suggestion|snippet|fix)\b/

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
}

/** One intent per message; a request for the whole solution wins over anything else in it. */
export function classifyMessage(text: string): MessageIntent {
  const plain = normalise(text)
  const affirmative = plain.replace(NEGATED_REQUEST, ' ')
  if (FULL_SOLUTION.some((re) => re.test(affirmative))) return 'full-solution'
  if (PLAN.some((re) => re.test(plain))) return 'plan'
  if (CLARIFY.some((re) => re.test(plain))) return 'clarify'
  if (DEBUG.some((re) => re.test(plain))) return 'debug'
  if (CONCEPT.some((re) => re.test(plain))) return 'concept'
  return 'other'
}

export function isPushBack(text: string): boolean {
  const plain = normalise(text)
  if (PUSH_BACK.some((re) => re.test(plain))) return true
  if (OWN_CODE.test(plain) && !ASSISTANT_CODE.test(plain)) return false
  return FAULT_FOUND.some((re) => re.test(plain))
}
