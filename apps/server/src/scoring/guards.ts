// Sentences that must not earn credit: injected instructions, keyword lists, repeats and copies.
import { canonicalComplexity, plainWords, type Sentence } from './text.ts'

export type Exclusion =
  | 'injected-instructions'
  | 'keyword-list'
  | 'repeated-sentences'
  | 'copied-from-statement'
  | 'copied-from-assistant'
  | 'matches-reference'

const GRADER =
  '(?:grader|graders|grading|evaluator|examiner|scorer|scoring|reviewer|marker|assessor|judge|ai|llm|model|assistant|system|claude|gpt|chatgpt)'

/** Roles whose "note" or "verdict" in an explanation can only be forged. */
const GRADER_ROLE =
  '(?:grader|graders|grading|evaluator|examiner|scorer|scoring|reviewer|marker|assessor|judge|ai|llm|system)'

const INJECTION: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,60}\b(?:rubric|instructions?|criteria|criterion|rules|previous|above|prompt|grading|scoring|guidelines)\b/,
  /\b(?:give|award|assign|grant)\b.{0,40}\b(?:full|maximum|max|perfect|all)\s+(?:the\s+)?(?:marks?|points?|credit)\b/,
  /\b(?:full|maximum|max|perfect|top|highest)\s+(?:marks?|points?|credit)\b/,
  /\b(?:score|grade|mark|rate|rating)s?\s*[:=]?\s*(?:it\s+|this\s+|me\s+)?(?:of\s+|as\s+|at\s+)?100\b/,
  /\b(?:100\s*\/\s*100|10\s*\/\s*10|5\s*\/\s*5)\b/,
  new RegExp(
    `\\b${GRADER_ROLE}(?:'s)?\\s+(?:note|notes|instruction|instructions|comment|override|message|directive|verdict)\\b`,
  ),
  new RegExp(
    `\\b(?:note|message|instruction|instructions|reminder|memo)\\s+(?:to|for)\\s+(?:the\\s+|any\\s+)?${GRADER}\\b`,
  ),
  /\b(?:this|my)\s+(?:answer|explanation|response|submission|write-?up)\b.{0,40}\b(?:deserves?|merits?|is worth|earns?|(?:should|must|shall|will)\s+(?:get|receive|be given|be awarded|be graded|be scored))\b/,
  /\brubric\b/,
  /\b(?:you are|act as|pretend (?:to be|you are)|roleplay as)\s+(?:an?\s+|the\s+)?(?:ai|llm|language model|grader|evaluator|scorer|assistant|examiner)\b/,
  /\bas an? (?:ai|llm|language model)\b/,
  /\bsystem\s*(?:prompt|override|message|instruction)s?\b/,
  /\b(?:all|every)\s+(?:the\s+)?(?:criteria|criterion|requirements|concepts)\b.{0,30}\b(?:met|satisfied|covered|fulfilled|passed)\b/,
  /\b(?:previous|above|prior|earlier)\s+(?:instructions|prompts?|directions)\b/,
  /\b(?:graded|scored|marked|approved|verified)\s+(?:by|as)\b.{0,30}\b(?:grader|graders|team|instructor|mentor|examiner|reviewer)s?\b/,
  /\b(?:for|on|in)\s+(?:all|every|each)\s+(?:the\s+)?(?:criteria|criterion)\b/,
  /\bconcepts?\s+(?:covered|addressed|mentioned|demonstrated)\s*:/,
]

const MARKUP =
  /\[\/?(?:inst|system|sys|admin)\]|<\/?\s*(?:system|instructions?|grader|admin|prompt)\s*>|<\|[^|]{0,30}\|>|#{2,}\s*(?:system|instruction)|\bbegin\s+(?:system|grader)\b/i

/** Reads a sentence the way a model would: compatibility forms folded, leetspeak undone. */
function normaliseForInjection(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/@/g, 'a')
    .replace(/[^\p{L}\p{N}'/:=%]+/gu, ' ')
    .replace(/\s+/g, ' ')
}

export function isInjection(text: string): boolean {
  if (MARKUP.test(text)) return true
  const plain = normaliseForInjection(text)
  return INJECTION.some((re) => re.test(plain))
}

/**
 * A keyword list rather than a sentence: almost no function words, no verb, or a run of short
 * comma-separated items. Lists tell what the candidate has heard of, not how they think.
 */
export function isKeywordList(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => !t.complexity)
  const hasVerb = words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  // A bullet or a heading of a few words without a verb is a list item, not an explanation.
  if (!hasVerb && sentence.content.length > 0 && sentence.tokens.length <= 6) return true
  if (words.length < 4) return false
  const functionWords = words.filter((t) => !t.content).length
  const ratio = functionWords / words.length
  const items = sentence.text
    .split(/[,;|•·]|\s[-–—/]\s|\band\b|\bor\b/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
  const shortItems = items.filter((s) => s.split(/\s+/).length <= 4).length
  if (items.length >= 4 && shortItems / items.length >= 0.6) return true
  if (ratio < 0.15 && words.length >= 5) return true
  if (!hasVerb && words.length >= 5 && ratio < 0.3) return true
  return false
}

/** Word n-grams with at least two words of 3+ letters: "o n log n" is everyone's, not a copy. */
function grams(words: string[], n: number): string[] {
  const out: string[] = []
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n)
    if (gram.filter((w) => w.length >= 3).length >= 2) out.push(gram.join(' '))
  }
  return out
}

function overlapWords(text: string): string[] {
  return plainWords(
    text.replace(BIG_O_TEXT, (m) => ` ${canonicalComplexity(m.slice(m.indexOf('(') + 1, -1))} `),
  ).filter((w) => w.length > 0)
}

const BIG_O_TEXT = /\b[OΘΩ]\s*\([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?\)/g

/** An index of the word n-grams of a source text, for overlap with a sentence. */
export class NgramIndex {
  private readonly sets = new Map<number, Set<string>>()
  constructor(texts: readonly string[]) {
    for (const n of [3, 4]) {
      const set = new Set<string>()
      for (const text of texts) for (const g of grams(overlapWords(text), n)) set.add(g)
      this.sets.set(n, set)
    }
  }

  /** Share of the sentence's n-grams found in the source: 4-grams, or 3-grams when it is short. */
  overlap(text: string): number {
    const words = overlapWords(text)
    const n = words.length >= 8 ? 4 : 3
    const own = grams(words, n)
    if (own.length === 0) return 0
    const set = this.sets.get(n)
    if (!set || set.size === 0) return 0
    return own.filter((g) => set.has(g)).length / own.length
  }
}

/** Over this share of shared n-grams a sentence is taken as copied. */
export const COPY_THRESHOLD = 0.5
/** Higher for the hidden reference: a candidate can say the same thing without having seen it. */
export const LEAK_THRESHOLD = 0.6

function contentKey(sentence: Sentence): Set<string> {
  return new Set(sentence.content.map((t) => t.stem))
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0
  for (const x of a) if (b.has(x)) inter++
  const union = a.size + b.size - inter
  return union === 0 ? 1 : inter / union
}

export interface Screened {
  kept: Sentence[]
  excluded: { sentence: Sentence; reason: Exclusion }[]
}

export interface Sources {
  statement: NgramIndex
  assistant: NgramIndex
  reference: NgramIndex
}

/** A short line without an end mark: one item of a bulleted or one-per-line list. */
function isListLine(sentence: Sentence): boolean {
  return sentence.tokens.length <= 6 && !/[.!?]["')\]]*$/.test(sentence.text)
}

export function screenSentences(sentences: Sentence[], sources: Sources): Screened {
  const kept: Sentence[] = []
  const keys: Set<string>[] = []
  const excluded: Screened['excluded'] = []
  // Three or more list lines in a row are a list of terms, however grammatical each item is.
  const inList = sentences.map(() => false)
  for (let i = 0; i < sentences.length;) {
    let j = i
    while (j < sentences.length && isListLine(sentences[j] as Sentence)) j++
    if (j - i >= 3) for (let k = i; k < j; k++) inList[k] = true
    i = j > i ? j : i + 1
  }
  for (const [i, sentence] of sentences.entries()) {
    const reason = inList[i] ? 'keyword-list' : exclusionOf(sentence, sources, keys)
    if (reason) {
      excluded.push({ sentence, reason })
      continue
    }
    kept.push(sentence)
    keys.push(contentKey(sentence))
  }
  return { kept, excluded }
}

function exclusionOf(
  sentence: Sentence,
  sources: Sources,
  keptKeys: Set<string>[],
): Exclusion | undefined {
  if (isInjection(sentence.text)) return 'injected-instructions'
  if (sources.reference.overlap(sentence.text) >= LEAK_THRESHOLD) return 'matches-reference'
  if (sources.assistant.overlap(sentence.text) >= COPY_THRESHOLD) return 'copied-from-assistant'
  if (sources.statement.overlap(sentence.text) >= COPY_THRESHOLD) return 'copied-from-statement'
  const key = contentKey(sentence)
  if (key.size > 0 && keptKeys.some((k) => jaccard(k, key) >= 0.8)) return 'repeated-sentences'
  if (isKeywordList(sentence)) return 'keyword-list'
  return undefined
}
