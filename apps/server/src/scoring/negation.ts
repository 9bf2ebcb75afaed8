// Negation scope over a tagged sentence: which words a "not", "never", "no" or "instead of" denies.

export interface RawToken {
  /** Lower-cased surface form. */
  lower: string
  /** Universal POS tag from the tagger. */
  pos: string
  /** 'word', 'number', 'punctuation', … as the tokenizer reports it. */
  type: string
}

/** Cues whose scope runs to the end of the clause: "does not build the dense matrix". */
const CLAUSE_CUES = new Set(['not', "n't", 'never', 'cannot', 'nor', 'neither'])
/**
 * Cues that deny a noun phrase only: "no relevant item means IDCG is zero" denies "relevant
 * item", not "IDCG is zero". Their scope ends at the next verb.
 */
const PHRASE_CUES = new Set([
  'no',
  'without',
  'none',
  'nothing',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'skip',
  'skips',
  'skipping',
  // Active forms only: in "X is excluded from Y" what is excluded comes before the cue.
  'exclude',
  'excludes',
  'excluding',
])
/** Participles that deny the phrase before them when they end its clause: "dense matrix avoided". */
const POSTPOSITIVE_CUES = new Set(['avoided', 'skipped', 'excluded', 'omitted', 'dropped'])

/** Whether the clause ends at `at`: the sentence's end, clause punctuation or a clause break. */
function endsClause(tokens: readonly RawToken[], at: number): boolean {
  const t = tokens[at]
  return t === undefined || isClausePunctuation(t) || CLAUSE_BREAKS.has(t.lower)
}

/** Pronouns that open a clause as its subject ("it" and "you" are objects as often). */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she'])
/** Phrase cues that can stand as a verb's object: "suppresses nothing", "returns none". */
const OBJECT_CUES = new Set(['nothing', 'none'])
/** Two-word cues ("instead of X", "rather than X"): the X is what the writer does not do. */
const PAIR_CUES: [string, string][] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['not', 'only'],
]
/** Words that end any scope: a new clause starts. */
export const CLAUSE_BREAKS = new Set([
  'but',
  'while',
  'whereas',
  'because',
  'so',
  'although',
  'though',
  'since',
  'which',
  'then',
  'instead',
  'however',
  'yet',
  'and',
  'or',
  'if',
  'when',
  'unless',
])

/**
 * One flag per token: true when the token lies inside a negation's scope. The cue itself is not
 * flagged. Linear in the number of tokens.
 */
export function negationScope(tokens: readonly RawToken[]): boolean[] {
  const flags = tokens.map(() => false)
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i] as RawToken
    const next = tokens[i + 1]
    // "None pads empty slots" names Python's None; "none of the boxes" is the denial.
    if (i === 0 && t.lower === 'none' && next?.lower !== 'of') {
      i++
      continue
    }
    const pair = PAIR_CUES.find(([a, b]) => t.lower === a && next?.lower === b)
    if (pair) {
      // "not only X but also Y" affirms X: no scope.
      if (pair[0] === 'not') {
        i += 2
        continue
      }
      i = mark(tokens, flags, i + 2, 'clause')
      continue
    }
    // "whether or not", "kept or not": both ways, no denial.
    if (t.lower === 'not' && tokens[i - 1]?.lower === 'or') {
      i++
      continue
    }
    if (CLAUSE_CUES.has(t.lower)) {
      i = mark(tokens, flags, i + 1, 'clause')
      continue
    }
    // "penalty-free", "lock-free": the word before the hyphen is denied.
    if (t.lower === 'free' && tokens[i - 1]?.lower === '-' && i >= 2) {
      flags[i - 2] = true
      i++
      continue
    }
    // "dense matrix avoided", "padding rows skipped": a participle that ends its clause denies
    // the noun phrase before it.
    if (POSTPOSITIVE_CUES.has(t.lower) && endsClause(tokens, i + 1)) {
      for (let j = i - 1; j >= 0; j--) {
        const b = tokens[j] as RawToken
        if (isClausePunctuation(b) || CLAUSE_BREAKS.has(b.lower)) break
        if (b.pos === 'VERB' || b.pos === 'AUX') break
        flags[j] = true
      }
      i++
      continue
    }
    // "rows with no ratings", "queries without relevant items": a noun described by what it
    // lacks names a case; it denies nothing.
    const isNoun = (k: RawToken | undefined) => k?.pos === 'NOUN' || k?.pos === 'PROPN'
    const described =
      (t.lower === 'no' && tokens[i - 1]?.lower === 'with' && isNoun(tokens[i - 2])) ||
      (t.lower === 'without' && isNoun(tokens[i - 1]))
    if (described) {
      i++
      continue
    }
    if (PHRASE_CUES.has(t.lower)) {
      // "suppresses nothing" denies the verb as "never suppresses" does.
      const before = tokens[i - 1]
      if (OBJECT_CUES.has(t.lower) && (before?.pos === 'VERB' || before?.pos === 'AUX')) {
        flags[i - 1] = true
      }
      i = mark(tokens, flags, i + 1, 'phrase')
      continue
    }
    i++
  }
  return flags
}

/** Punctuation that ends a clause (a hyphen or a slash does not). */
export function isClausePunctuation(t: RawToken): boolean {
  return t.type === 'punctuation' && /^[,;:.!?()[\]]$/.test(t.lower)
}

function mark(
  tokens: readonly RawToken[],
  flags: boolean[],
  from: number,
  kind: 'clause' | 'phrase',
): number {
  let j = from
  let sawContent = false
  for (; j < tokens.length; j++) {
    const t = tokens[j] as RawToken
    if (t.type === 'punctuation' && /^[,;:.!?()]$/.test(t.lower)) break
    if (CLAUSE_BREAKS.has(t.lower) && sawContent) break
    // "for not losing matches I must replicate": a new subject starts a new clause.
    if (SUBJECTS.has(t.lower) && sawContent) break
    // A phrase cue denies its noun phrase; the verb that follows starts the assertion. A verb
    // joined by a hyphen ("already-seen items") is still part of the phrase.
    const compound = tokens[j - 1]?.lower === '-'
    if (kind === 'phrase' && sawContent && !compound && (t.pos === 'VERB' || t.pos === 'AUX')) {
      break
    }
    // "no penalty on the first boarding" denies the penalty, not the boarding.
    if (kind === 'phrase' && sawContent && t.pos === 'ADP') break
    flags[j] = true
    if (t.type === 'word' || t.type === 'number') sawContent = true
  }
  return j
}
