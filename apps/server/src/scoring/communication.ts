// Communication qualities of an explanation: approach, complexity, trade-offs, edge cases, checks, specificity.
import type { CommunicationSignal } from '@pairwise/shared'
import type { Sentence } from './text.ts'

export type QualityId =
  'approach' | 'complexity' | 'tradeoffs' | 'edge-cases' | 'validation' | 'specificity'

interface QualityRule {
  id: QualityId
  label: string
  cue: RegExp
  missing: string
}

const RULES: QualityRule[] = [
  {
    id: 'approach',
    label: 'States the approach',
    cue: /\b(?:i|we)\s+(?:first\s+|then\s+|simply\s+)?(?:use|used|compute|computed|calculate|sort|sorted|build|built|iterate|loop|keep|kept|store|maintain|traverse|apply|implement|implemented|count|sum|divide|normali[sz]e|split|merge|map|group|scan|walk|take|pick|select|return|start|chose)\w*\b|\b(?:my|our|the)\s+(?:approach|idea|solution|algorithm|plan|method)\b|\bfirst\b.{0,80}\bthen\b/i,
    missing: 'Open with one sentence that says what your solution does, step by step.',
  },
  {
    id: 'complexity',
    label: 'Claims a complexity',
    cue: /\bO\s*\(|\b(?:linear|quadratic|logarithmic|constant|cubic|exponential)\s+(?:time|space|memory|work|in)\b|\bn\s*log\s*n\b|\btime complexity\b|\bspace complexity\b/i,
    missing: 'State the time and space complexity, and which step dominates it.',
  },
  {
    id: 'tradeoffs',
    label: 'Weighs trade-offs',
    cue: /\btrade-?offs?\b|\binstead of\b|\brather than\b|\bat the cost of\b|\bversus\b|\bvs\.?\s|\balternatively\b|\bon the other hand\b|\bwhereas\b|\bdownside\b|\bdrawback\b|\b(?:faster|slower|cheaper|simpler|safer)\s+than\b|\b(?:more|less)\s+memory\b|\bwould (?:also )?work\b|\bcould (?:also )?(?:use|have used)\b/i,
    missing: 'Name an alternative you considered and why you chose this one.',
  },
  {
    id: 'edge-cases',
    label: 'Handles edge cases',
    cue: /\bedge[- ]cases?\b|\bcorner[- ]cases?\b|\bempty\b|\bzero\b|\bnull\b|\bnone\b|\bnegative\b|\bduplicates?\b|\bties?\b|\btied\b|\boverflow\b|\b(?:larger|greater|bigger|smaller|longer|shorter) than\b|\bout of (?:range|bounds)\b|\bboundary\b|\bmissing\b|\bdivi(?:de|sion) by zero\b|\bnan\b/i,
    missing: 'Say which unusual inputs you handled (empty input, zeros, ties, sizes) and how.',
  },
  {
    id: 'validation',
    label: 'Says how it was checked',
    cue: /\btest(?:s|ed|ing)?\b|\bverif(?:y|ied|ies)\b|\bcheck(?:s|ed)?\b|\bassert\w*\b|\bby hand\b|\bhand-?computed\b|\bexample\b|\bvalidat\w+\b|\bcompared?\s+(?:it\s+)?(?:against|with)\b|\bbrute[- ]force\b|\bsanity\b/i,
    missing: 'Describe how you checked the result: a worked example, a known answer, a comparison.',
  },
]

/** Identifiers that every solution in any language has: no sign of specificity. */
// Keywords and standard-library names of the four languages: naming them says nothing about the
// candidate's own code (`double`, `std`, `push_back`, `ArrayList`). Words a Python candidate may
// well name a variable (`size`, `record`, `end`) stay out.
const COMMON_IDENTIFIERS = new Set(
  [
    'def return import from class self this const let var function for while if else elif none true false null undefined int float str list dict range len print sorted sort math and not the number string boolean array map set new typeof async await export default lambda yield pass break continue try except finally raise throw catch with type interface void',
    'public private protected static final abstract extends implements throws double char bool auto unsigned struct template typename namespace std vector size_t push_back emplace_back make_pair unordered_map unordered_set priority_queue cout cerr endl nullptr static_cast arraylist hashmap hashset println',
  ]
    .join(' ')
    .split(' '),
)

export interface QualityFinding {
  signal: CommunicationSignal
  /** 0..1: present, and said with substance (a sentence that also carries rubric content). */
  strength: number
}

/**
 * `substantive` tells whether a sentence carries rubric or reference content; a cue in a sentence
 * without any ("I tested it.") is reported but earns nothing.
 */
export function findQualities(
  kept: Sentence[],
  substantive: (sentence: Sentence) => boolean,
  codeIdentifiers: readonly string[],
  statement: string,
): QualityFinding[] {
  const findings: QualityFinding[] = RULES.map((rule) => {
    const hits = kept.filter((s) => rule.cue.test(s.text))
    const strong = hits.filter(substantive)
    const present = hits.length > 0
    return {
      signal: {
        id: rule.id,
        label: rule.label,
        present,
        evidence: (strong.length > 0 ? strong : hits).slice(0, 2).map((s) => s.text),
        detail: !present
          ? rule.missing
          : strong.length > 0
            ? 'Present.'
            : `Mentioned without specifics. ${rule.missing}`,
      },
      strength: strong.length > 0 ? 1 : present ? 0.25 : 0,
    }
  })
  findings.push(specificity(kept, codeIdentifiers, statement))
  return findings
}

function specificity(
  kept: Sentence[],
  identifiers: readonly string[],
  statement: string,
): QualityFinding {
  const fromStatement = new Set(statement.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [])
  const own = identifiers.filter((id) => {
    const lower = id.toLowerCase()
    return (
      !COMMON_IDENTIFIERS.has(lower) &&
      (lower.includes('_') || /[a-z][A-Z]/.test(id) || !fromStatement.has(lower))
    )
  })
  const mentioned = new Set<string>()
  const evidence: string[] = []
  // Each sentence is split into words once and looked up, rather than one regex per identifier
  // per sentence, which grew with their product on a long explanation of long code.
  const wanted = new Set(own)
  for (const sentence of kept) {
    let hit = false
    for (const word of sentence.text.match(/[A-Za-z0-9_]+/g) ?? []) {
      if (wanted.has(word)) {
        mentioned.add(word)
        hit = true
      }
    }
    if (hit && evidence.length < 2) evidence.push(sentence.text)
  }
  const count = mentioned.size
  return {
    signal: {
      id: 'specificity',
      label: 'Specific to your code',
      present: count > 0,
      evidence,
      detail:
        count > 0
          ? `Refers to ${[...mentioned].slice(0, 5).join(', ')} from your code.`
          : identifiers.length === 0
            ? 'No code was submitted to refer to.'
            : 'Point to the functions and variables of your own code and what each step does.',
    },
    strength: Math.min(1, count / 2),
  }
}
