// Recognises what a candidate is asking the offline coach for, by patterns over the message.
export const OFFLINE_INTENTS = [
  'solution',
  'failing-test',
  'complexity',
  'edge-cases',
  'hint',
  'clarify',
  'review',
  'other',
] as const
export type OfflineIntent = (typeof OFFLINE_INTENTS)[number]

const PATTERNS: Array<[Exclude<OfflineIntent, 'other'>, RegExp[]]> = [
  [
    'solution',
    [
      /\b(full|complete|whole|entire|final|reference|working|correct)\s+(solution|code|answer|implementation|program)\b/,
      /\b(write|give|show|print|paste|send|tell|code)\b.{0,30}\b(solution|answer)\b/,
      /\b(write|implement|code|solve|finish)\b.{0,30}\bfor me\b/,
      /\bsolve (it|this|the problem)\b/,
      /\bjust (give|tell|show|write) me the (code|function|implementation)\b/,
      /\bignore (all |your |the )?(previous |prior )?(instructions|rules|policy)\b/,
    ],
  ],
  [
    'failing-test',
    [
      /\b(test|case|check)s?\b.{0,40}\b(fail|failing|fails|failed|wrong|broken|red|error)/,
      /\b(fail|failing|fails|failed)\b.{0,40}\b(test|case)s?\b/,
      /\bwhy (does|do|did|is|are)\b.{0,40}\b(fail|wrong|error|crash|different|not pass)/,
      /\b(traceback|exception|stack trace|error message|assertion)\b/,
      /\b(compile error|compiler error|(does ?n[o'’]?t|won['’]?t|not|fails? to) compile)\b/,
      /\b(expected|actual)\b.{0,30}\b(got|but|vs|instead)\b/,
      /\bwhat('s| is) wrong\b/,
      /\bnot passing\b|\bdoesn'?t pass\b|\bwon'?t pass\b/,
    ],
  ],
  [
    'complexity',
    [
      /\bcomplexit(y|ies)\b/,
      /\bbig[\s-]?o\b/,
      /\bo\(\s*[a-z0-9]/,
      /\b(time|space|memory)\s+(cost|usage|bound|limit)\b/,
      /\b(too slow|faster|speed ?up|optimi[sz]e|efficien|scal(e|es|ing)|run ?time|timeout|timed out)\b/,
    ],
  ],
  [
    'edge-cases',
    [
      /\bedge[\s-]?cases?\b/,
      /\bcorner[\s-]?cases?\b/,
      /\bboundary\b/,
      /\bwhat (if|about|happens)\b.{0,40}\b(empty|zero|negative|none|null|duplicate|tie|large|k (is )?(larger|bigger|greater))/,
      /\bspecial cases?\b/,
    ],
  ],
  [
    'hint',
    [
      /\bhints?\b/,
      /\b(stuck|lost|no idea|don'?t know (how|where)|nudge|clue|point me)\b/,
      /\bwhere (do|should) i (start|begin)\b/,
      /\bhow (do|should) i (start|begin|approach)\b/,
      /\bnext step\b/,
    ],
  ],
  [
    'clarify',
    [
      /\bclarif(y|ication)\b/,
      /\bwhat does\b.{0,60}\bmean\b/,
      /\bwhat (is|are) (the )?(input|output|return|signature|constraint|format|task|question|problem)s?\b/,
      /\b(what|how) should (it|the function|i) return\b/,
      /\b(explain|restate|rephrase|summari[sz]e) (the |this )?(problem|task|statement|question)\b/,
      /\b(understand|confused about) (the |this )?(problem|task|statement|question)\b/,
      /\bwhat am i (supposed|meant|asked) to\b/,
      /\bconstraints?\b|\bsignature\b/,
    ],
  ],
  [
    'review',
    [
      /\breview\b/,
      /\b(look|check|glance) (at|over)\b.{0,20}\b(my|the) (code|solution|implementation|function)\b/,
      /\b(check|critique|feedback (on|about)?)\b.{0,10}\b(my|this) (code|solution|implementation|function|approach)\b/,
      /\bis (my|this) (code|solution|implementation|approach)\b.{0,20}\b(right|correct|ok|okay|good|fine)\b/,
      /\bany (feedback|issues|problems|bugs)\b/,
      /\bfeedback\b/,
    ],
  ],
]

export function classifyIntent(message: string): OfflineIntent {
  const text = message.toLowerCase().replace(/\s+/g, ' ')
  for (const [intent, patterns] of PATTERNS) {
    if (patterns.some((pattern) => pattern.test(text))) return intent
  }
  return 'other'
}
