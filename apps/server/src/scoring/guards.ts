// Sentences that must not earn credit: injected instructions, keyword lists, repeats and copies.
import { canonicalComplexity, plainWords, type Sentence } from './text.ts'
import { hasSense } from './wordnet.ts'

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

/** Roles that only grade; "model", "system" or "assistant" alone may be part of the product. */
const GRADING_ROLE =
  '(?:grader|graders|grading|evaluator|examiner|scorer|scoring|reviewer|marker|assessor|judge|llm)'

/** "Note to the …", "message for any …": words that address whoever reads the text next. */
const ADDRESSED =
  '(?:note|notes|message|instruction|instructions|reminder|memo|heads up)\\s+(?:to|for)\\s+'

/**
 * "A note to the model" is an injection when the sentence is about grading; "a message to the
 * model server carries the features" is content.
 */
const ADDRESSED_GENERIC = new RegExp(
  `\\b${ADDRESSED}(?:[a-z'-]+\\s+){0,3}(?:ai|model|system|assistant|claude|gpt|chatgpt)\\b`,
)
const GRADING_CONTEXT =
  /\b(?:scor\w*|grad\w*|marks?|points|credit|criteri\w*|rubric|evaluat\w*|approv\w*|full|maximum|perfect|100)\b/

const INJECTION: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,60}\b(?:rubric|instructions?|criteria|criterion|rules|prompt|grading|scoring|guidelines)\b/,
  // "Ignore all of the above", but not "easy to forget … the row above".
  /\b(?:ignore|disregard|forget|override|bypass)\s+(?:[a-z'-]+\s+){0,3}(?:previous|above|prior|preceding)\b/,
  /\b(?:give|award|assign|grant)\b.{0,40}\b(?:full|maximum|max|perfect|all)\s+(?:the\s+)?(?:marks?|points?|credit)\b/,
  // Points alone are often the problem's ("keys above the top point", "the maximum points").
  /\b(?:full|maximum|max|perfect|top|highest)\s+(?:marks?|credit)\b/,
  /\b(?:full|perfect)\s+points?\b/,
  /\b(?:score|grade|mark|rate|rating)s?\s*(?:[:=]\s*)?(?:it\s+|this\s+|me\s+)?(?:of\s+|as\s+|at\s+)?100\b/,
  /\b(?:100\s*\/\s*100|10\s*\/\s*10|5\s*\/\s*5)\b/,
  new RegExp(
    `\\b${GRADER_ROLE}(?:'s)?\\s+(?:note|notes|instruction|instructions|comment|override|message|directive|verdict)\\b`,
  ),
  // "Message to the automated evaluator", "note for any AI grader": up to three words between.
  new RegExp(`\\b${ADDRESSED}(?:[a-z'-]+\\s+){0,3}${GRADING_ROLE}s?\\b`),
  // Addressed to the grader: "Dear AI grader", "Hey grader", "Attention LLM judge", "Scorer: …".
  new RegExp(`\\b(?:dear|hey|hello|attn|psst)\\s+(?:[a-z'-]+\\s+){0,2}${GRADER}s?\\b`),
  // Not "attention model": an attention layer is content.
  /\battention\s+(?:[a-z'-]+\s+){0,2}(?:grader|graders|evaluator|examiner|scorer|reviewer|marker|assessor|judge|llm)s?\b/,
  new RegExp(
    `\\b(?:grader|graders|evaluator|examiner|scorer|reviewer|marker|assessor|judge|llm)s?\\s*:\\s*(?:please\\s+)?(?:return|output|give|set|assign|award|respond|print|score|mark|ignore|treat|record|skip|copy)\\b`,
  ),
  // A number of points asked for: "the expected score is 100", "every criterion at its maximum".
  /\b(?:expected|correct|right|required|target|proper|final)\s+(?:score|grade|mark|marks|total)\s+(?:is|=|:|of|should be|must be|will be)\s+(?:a\s+)?(?:100|full|perfect|maximum|max|the maximum)\b/,
  /\b(?:every|each|all)\s+(?:the\s+)?(?:rubric\s+)?criteri(?:on|a)\b.{0,30}\b(?:maximum|max|100|full|perfect|highest)\b/,
  /\b(?:maximum|max|100|full|perfect|highest)\b.{0,30}\b(?:into|to|for|on|in)\s+(?:every|each|all)\s+(?:the\s+)?(?:rubric\s+)?criteri(?:on|a)\b/,
  // "The score must be set to the maximum", "the explanation score should be 100".
  /\b(?:score|scores|grade|grades|mark|marks)\b.{0,20}\b(?:must|should|shall|will|needs? to|has to)\s+(?:be\s+)?(?:(?:set|put|raised|fixed|recorded|given|marked)\s+(?:to|at|as)\s+(?:the\s+|its\s+)?(?:100|full|perfect|maximum|max|highest)|100|perfect)\b(?!\s+(?:of|over|among|across|in|between)\b)/,
  // "Do not evaluate the text above": the text asks not to be read.
  /\b(?:do not|don't|never|no need to|please don't)\s+(?:evaluate|grade|score|assess|mark|judge)\s+(?:the\s+|this\s+|my\s+)?(?:text|explanation|answer|submission|response|above|below|rest)\b/,
  // Asking the report to leave out what it found.
  /\b(?:omit|suppress|hide|skip|remove|leave out|do not (?:list|mention|report|show|include)|don't (?:list|mention|report|show|include)|list no|report no|mention no)\b.{0,30}\b(?:feedback|advice|contradictions?|misconceptions?|criticism|critical feedback|missing (?:points|concepts|details|ideas))\b/,
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

/** A chat role label opening a bracketed or quoted block: "[[assistant: …", "<< system: …". */
const ROLE_LABEL = /[[({<>|#*"'`]\s*(?:system|assistant|grader|evaluator|scorer|judge|admin)\s*:/i

const MARKUP =
  /\[\/?(?:inst|system|sys|admin)\]|<\/?\s*(?:system|instructions?|grader|admin|prompt)\s*>|<\|[^|]{0,30}\|>|##\s*(?:system|instruction)|\bbegin\s+(?:system|grader)\b/i

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
  if (MARKUP.test(text) || ROLE_LABEL.test(text)) return true
  const plain = normaliseForInjection(text)
  if (INJECTION.some((re) => re.test(plain))) return true
  return ADDRESSED_GENERIC.test(plain) && GRADING_CONTEXT.test(plain)
}

/** Formulas and complexity statements are content, however few function words they have. */
const FORMULA = /[=^/√Σ∑×·<>≤≥→@]|\d\s*[-+*]\s*\w|\blog\w*\s*\(|\b[OΘΩ]\s*\(/

export function hasFormula(text: string): boolean {
  return FORMULA.test(text)
}

/** A one-letter name (k, t, x; not "a" or "I"), a letter or two with digits (W1, b2) or a snake_case name. */
const isSymbol = (word: string) =>
  (word.length === 1 && word !== 'a' && word !== 'i') || /^[a-z]{1,2}\d+$|_/.test(word)

const hasVerb = (tokens: readonly { pos: string }[]) =>
  tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')

const LEAD = new Set(['i', 'we', 'then', 'first', 'next', 'finally', 'and', 'also', 'so'])

/**
 * An item of a list that is a step: its first word past "I", "then", … is a verb, as tagged in
 * the whole sentence (alone, "sort the arrays" reads as a noun phrase to the tagger).
 */
function isStep(item: string, verbs: ReadonlySet<string>): boolean {
  const words = (item.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !LEAD.has(w))
  const [first, next] = words
  if (first === undefined) return false
  if (verbs.has(first)) return true
  // The tagger reads "split it", "sort the arrays" as nouns; a verb followed by its object is a step.
  return next !== undefined && OBJECT_START.has(next) && hasSense(first, 'verb')
}

const OBJECT_START = new Set([
  'the',
  'a',
  'an',
  'it',
  'them',
  'each',
  'every',
  'all',
  'both',
  'this',
  'that',
  'these',
  'its',
  'their',
  'two',
  'one',
])

/**
 * Items this many or more in one sentence, nearly all bare noun phrases, are a keyword list. A
 * sentence that names five or six things ("apostrophes, hyphens, underscores and …") is prose.
 */
const LIST_ITEMS = 8
/** Without a verb, five items make a list ("the dcg and the idcg and the heap and …"). */
const VERBLESS_ITEMS = 5

/**
 * A keyword list rather than a sentence: a long run of bare noun phrases ("covers DCG, IDCG,
 * ties, …"), or words with no verb and almost no function words. Lists of steps ("sort, sum,
 * divide"), formulas and complexity statements are content: their items have verbs or symbols.
 */
export function isKeywordList(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((t) => !t.complexity)
  // A long run of words with almost no function words is salad, unless it is mostly formulas
  // (symbols such as x_1 or f_j are not words; "(QᵀQ + λI)⁻¹" is a formula as much as "a/b";
  // "*" is not counted, since Markdown bold writes it around plain words).
  const formulaMarks = sentence.text.match(/[=^/<>≤≥→+−×·ᵀ⁻√Σ∑]/g)?.length ?? 0
  const plain = words.filter((t) => !/[_\d]/.test(t.lower))
  if (
    plain.length >= 20 &&
    formulaMarks <= plain.length / 8 &&
    plain.filter((t) => !t.content).length / plain.length < 0.15
  ) {
    return true
  }
  // Commas inside brackets ("array[1, 2, 3]", "f(a, b)") separate arguments, not list items;
  // a bracket, a number or a formula makes its item specific.
  // In a sentence with a verb only punctuation separates items: "and" joins clauses there.
  const verbless = !hasVerb(words)
  const items = sentence.text
    .replace(/\b[OΘΩ]\s*\([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?\)/g, ' bigo ')
    .replace(/\([^()]{0,200}\)|\[[^[\]]{0,200}\]|\{[^{}]{0,200}\}/g, ' 0 ')
    .split(verbless ? /[,;•·]|\s[-–—/|]\s|\band\b|\bor\b/ : /[,;•·]|\s[-–—/|]\s/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
  if (items.length >= (verbless ? VERBLESS_ITEMS : LIST_ITEMS)) {
    const short = items.filter((item) => item.split(/\s+/).length <= 4).length
    // Only a long list pays for tagging its items: a step starts with a verb ("sort the labels").
    const verbs = new Set(
      sentence.tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').map((t) => t.lower),
    )
    const steps = items.filter((item) => isStep(item, verbs)).length
    // "identical boxes (IoU 1), disjoint (0), touching (0), …" lists checks with their results.
    // So does a parameter: "stride s, dilation d".
    const specific = items.filter(
      (item) =>
        /\d|[=^/<>≤≥→²³Σ∑√×·|_@]/.test(item) ||
        item.split(/\s+/).some((w) => isSymbol(w.toLowerCase())),
    ).length
    if (
      short / items.length >= 0.6 &&
      steps / items.length < 0.5 &&
      specific / items.length < 0.5
    ) {
      return true
    }
  }
  // A formula or a complexity claim is content, however few function words it has.
  if (hasFormula(sentence.text) || sentence.tokens.some((t) => t.complexity)) return false
  // "Refining stage, production stage and maintenance stage." is a short answer, not stuffing.
  if (words.length < 8 || hasVerb(words)) return false
  // Symbols are not words: "kernel k, stride t" and "x @ W_q" name parameters, as a formula does.
  const named = words.filter((t) => !isSymbol(t.lower))
  if (named.length < 8) return false
  const functionWords = named.filter((t) => !t.content).length
  return functionWords / named.length < 0.2
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

/** A TeX control word (\\cdot, \\frac, \\mathrm): markup, which a pasted statement drops. */
const TEX_COMMAND = /\\[A-Za-z]+/g

function overlapWords(text: string): string[] {
  return plainWords(
    text
      .replace(TEX_COMMAND, ' ')
      .replace(BIG_O_TEXT, (m) => ` ${canonicalComplexity(m.slice(m.indexOf('(') + 1, -1))} `),
  ).filter((w) => w.length > 0)
}

const BIG_O_TEXT = /\b[OΘΩ]\s*\([^()]{0,40}(?:\([^()]{0,20}\)[^()]{0,20})?\)/g

/** An index of the word n-grams of source texts, for long verbatim runs shared with a text. */
export class NgramIndex {
  private readonly set = new Set<string>()
  /** `run`: how many words in a row, verbatim, make a copy. */
  constructor(
    texts: readonly string[],
    readonly run = 6,
  ) {
    for (const text of texts) for (const g of grams(overlapWords(text), run)) this.set.add(g)
  }

  /**
   * For each sentence, the share of its words that lie inside a verbatim run of `run` or more
   * words from a source. Runs cross sentence boundaries, so a pasted paragraph cut into short
   * sentences is still a paste, while one short sentence alone ("O(n^2) worst case.") never is.
   */
  coverage(sentences: readonly string[]): number[] {
    const words: string[] = []
    const owner: number[] = []
    sentences.forEach((text, i) => {
      for (const w of overlapWords(text)) {
        words.push(w)
        owner.push(i)
      }
    })
    const covered = new Array<boolean>(words.length).fill(false)
    if (this.set.size > 0) {
      for (let i = 0; i + this.run <= words.length; i++) {
        const gram = words.slice(i, i + this.run)
        if (gram.filter((w) => w.length >= 3).length < 2) continue
        if (this.set.has(gram.join(' '))) for (let k = i; k < i + this.run; k++) covered[k] = true
      }
    }
    const total = sentences.map(() => 0)
    const hit = sentences.map(() => 0)
    owner.forEach((s, k) => {
      total[s] = (total[s] ?? 0) + 1
      if (covered[k]) hit[s] = (hit[s] ?? 0) + 1
    })
    return total.map((t, s) => (t === 0 ? 0 : (hit[s] ?? 0) / t))
  }
}

/** Words in a row that make a copy: short for the assistant, long for the statement. */
export const RUNS = { statement: 10, assistant: 6, reference: 10 } as const
/**
 * For the share of a whole text that is the statement, shorter runs: a paste edited every few
 * words ("$T \ge 1$" typed as "T >= 1", "is the" put in) breaks the 10-word runs that judge one
 * sentence. On the graded set at 6 words, honest explanations reach 18% and pasted statements
 * start at 63% (at 10 words: 7% and 39%).
 */
export const STATEMENT_SHARE_RUN = 6

/**
 * Over this share of its words in long verbatim runs a sentence is taken as copied: a sentence
 * that restates a line of the statement and then answers it ("… merge sort is one") is kept.
 */
export const COPY_THRESHOLD = 0.9
/** Lower for the assistant: a reply pasted with a word changed here and there is still pasted. */
export const ASSISTANT_THRESHOLD = 0.6
/** The same for the hidden reference: a long verbatim run means it leaked. */
export const LEAK_THRESHOLD = 0.8

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
  /** Share of the text's words inside long verbatim runs of the statement, sentence by sentence. */
  statementShare: number
}

/** Where a sentence can be copied from. */
type CopySource = 'statement' | 'assistant' | 'reference'

export interface Sources {
  statement: NgramIndex
  /** The statement's shorter runs (STATEMENT_SHARE_RUN), for how much of the text it makes up. */
  statementShare?: NgramIndex
  assistant: NgramIndex
  reference: NgramIndex
}

/**
 * A short line that is an item of a list: no end mark (a bullet, a "term;"), or a verbless
 * fragment such as "Single pass O(n)." in a run of them.
 */
function isListLine(sentence: Sentence): boolean {
  if (sentence.tokens.length > 8) return false
  return (
    !/[.!?]["')\]]*$/.test(sentence.text) ||
    !hasVerb(sentence.tokens) ||
    sentence.tokens.length <= 5
  )
}

/**
 * A bare term: a few words, no formula, no complexity. A bullet that says something
 * ("k > n → 0", "return 0 when the ideal DCG is 0") is content. The tagger is not asked: on
 * three-word fragments it calls "discounted" a verb.
 */
function isBareTerm(sentence: Sentence): boolean {
  return (
    sentence.tokens.length <= 6 &&
    !isStep(sentence.text, new Set()) &&
    !hasFormula(sentence.text) &&
    // Brackets and inner semicolons are code; the ";" that ends a "term;" line is not.
    !/[{}()[\]]|;(?!\s*$)/.test(sentence.text) &&
    !sentence.tokens.some((t) => t.complexity)
  )
}

/**
 * The same sentence counts at most this often, however short: a list may repeat "Return 0." or
 * "Space: O(n)." under each of its steps, but a sixth copy is padding.
 */
const MAX_EXACT_REPEATS = 5

/** This many short lines in a row, most of them bare terms, are a keyword list. */
const LIST_LINES = 5

export function screenSentences(sentences: Sentence[], sources: Sources): Screened {
  const kept: Sentence[] = []
  const keys: Set<string>[] = []
  const excluded: Screened['excluded'] = []
  // Five or more short lines in a row, most of them bare terms, are a list of terms.
  const inList = sentences.map(() => false)
  for (let i = 0; i < sentences.length;) {
    let j = i
    while (j < sentences.length && isListLine(sentences[j] as Sentence)) j++
    const bare = sentences.slice(i, j).filter(isBareTerm).length
    if (j - i >= LIST_LINES && bare / (j - i) >= 0.6) for (let k = i; k < j; k++) inList[k] = true
    i = j > i ? j : i + 1
  }
  const texts = sentences.map((s) => s.text)
  /** How often each exact sentence (case and spacing aside) was kept already. */
  const seen = new Map<string, number>()
  const copied = {
    reference: sources.reference.coverage(texts),
    assistant: sources.assistant.coverage(texts),
    statement: sources.statement.coverage(texts),
  }
  for (const [i, sentence] of sentences.entries()) {
    const exact = sentence.text.toLowerCase().split(/\s+/).join(' ')
    const reason = inList[i]
      ? 'keyword-list'
      : (seen.get(exact) ?? 0) >= MAX_EXACT_REPEATS
        ? 'repeated-sentences'
        : exclusionOf(sentence, (source) => copied[source][i] ?? 0, keys)
    if (reason) {
      excluded.push({ sentence, reason })
      continue
    }
    kept.push(sentence)
    keys.push(contentKey(sentence))
    seen.set(exact, (seen.get(exact) ?? 0) + 1)
  }
  const shareOf = sources.statementShare ? sources.statementShare.coverage(texts) : copied.statement
  let words = 0
  let fromStatement = 0
  sentences.forEach((sentence, i) => {
    const n = overlapWords(sentence.text).length
    words += n
    fromStatement += n * (shareOf[i] ?? 0)
  })
  return { kept, excluded, statementShare: words === 0 ? 0 : fromStatement / words }
}

function exclusionOf(
  sentence: Sentence,
  copied: (source: CopySource) => number,
  keptKeys: Set<string>[],
): Exclusion | undefined {
  if (isInjection(sentence.text)) return 'injected-instructions'
  if (copied('reference') >= LEAK_THRESHOLD) return 'matches-reference'
  if (copied('assistant') >= ASSISTANT_THRESHOLD) return 'copied-from-assistant'
  if (copied('statement') >= COPY_THRESHOLD) return 'copied-from-statement'
  const key = contentKey(sentence)
  // Short sentences repeat by nature ("It is O(n).", "Return 0."): only longer ones count.
  if (key.size >= 4 && keptKeys.some((k) => jaccard(k, key) >= 0.8)) return 'repeated-sentences'
  if (isKeywordList(sentence)) return 'keyword-list'
  return undefined
}
