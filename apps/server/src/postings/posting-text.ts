// Splits a pasted job posting into verbatim sentences and bullets, and normalises them into tokens.
//
// Every scan here is a single left-to-right pass with bounded look-ahead, so a hostile 50k-char
// posting costs linear time. Markup is never parsed beyond finding where a tag ends: it stays in
// the evidence exactly as pasted, and the caller renders it as text.

/** The route refuses longer postings; the analyser also cuts here so it never works on more. */
export const MAX_POSTING_CHARS = 50_000

/** A sentence or bullet of the posting: `text` is exactly `posting.slice(start, end)`. */
export interface Segment {
  text: string
  start: number
  end: number
}

export interface Token {
  /** As written, after Unicode compatibility folding (so fullwidth letters read as ASCII). */
  raw: string
  /** Lowercased and stemmed. */
  stem: string
}

/** The words of a text, with the folded text they were read from. */
export interface ReadText {
  /** The text with tags blanked out, invisible characters dropped and Unicode folded. */
  plain: string
  tokens: Token[]
  /** Where each token starts and ends in `plain`. */
  spans: [number, number][]
}

// Tags that end a line when a posting is pasted as HTML; inline tags (b, a, span, script…) do not.
const BLOCK_TAGS = new Set([
  'br',
  'p',
  'li',
  'ul',
  'ol',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'dt',
  'dd',
  'blockquote',
  'pre',
])
const MAX_TAG_LENGTH = 200
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029'])
const INLINE_BULLETS = new Set(['•', '▪', '●', '◦', '‣', '■', '□', '➢', '►', '✓', '✔'])
const MARKER_CHARS = new Set([...INLINE_BULLETS, '-', '*', '·', '–', '—', '>', '+', '#'])
const SENTENCE_ENDS = new Set(['.', '!', '?', ';'])
// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'eg',
  'i.e',
  'ie',
  'etc',
  'vs',
  'incl',
  'approx',
  'esp',
  'dr',
  'mr',
  'ms',
  'mrs',
  'sr',
  'jr',
  'st',
  'inc',
  'ltd',
  'co',
  'no',
  'u.s',
  'ph.d',
  'm.s',
  'b.s',
])

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch)
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/**
 * Where the tag opening at `open` ends (the index of its `>`), or -1 when `<` does not start a
 * tag. The scan stops at the next `<` or line break, so no character is scanned twice.
 */
function tagEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_TAG_LENGTH)
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i]
    if (ch === '>') return i
    if (ch === '<' || (ch !== undefined && LINE_BREAKS.has(ch))) return -1
  }
  return -1
}

function tagName(text: string, open: number, close: number): string {
  let i = open + 1
  if (text[i] === '/') i++
  let name = ''
  while (i < close && /[A-Za-z0-9]/.test(text[i] ?? '')) name += text[i++]
  return name.toLowerCase()
}

/** Lines of the posting: split at line breaks and at block-level tags. */
function lineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (LINE_BREAKS.has(ch)) {
      ranges.push([lineStart, i])
      lineStart = i + 1
    } else if (ch === '<') {
      const close = tagEnd(text, i)
      if (close < 0) continue
      if (BLOCK_TAGS.has(tagName(text, i, close))) {
        ranges.push([lineStart, i])
        lineStart = close + 1
      }
      i = close
    }
  }
  ranges.push([lineStart, text.length])
  return ranges
}

/** The word (letters, digits and inner dots) that ends just before `end`, lowercased. */
function wordBefore(text: string, end: number, start: number): string {
  let i = end
  while (i > start && i > end - 8 && (isWordChar(text[i - 1]) || text[i - 1] === '.')) i--
  return text.slice(i, end).toLowerCase()
}

function isSentenceEnd(text: string, i: number, lineEnd: number, lineStart: number): boolean {
  const ch = text[i] ?? ''
  if (!SENTENCE_ENDS.has(ch)) return false
  if (i + 1 < lineEnd && !isSpace(text[i + 1])) return false
  if (ch !== '.') return true
  const word = wordBefore(text, i, lineStart)
  if (ABBREVIATIONS.has(word)) return false
  // "1. " inside a line is a list number, not the end of a sentence.
  return !(word.length > 0 && word.length <= 2 && [...word].every(isDigit))
}

/** Skips leading whitespace, bullet characters and list numbers ("3." or "3)"). */
function skipMarkers(text: string, start: number, end: number): number {
  let i = start
  while (i < end) {
    const ch = text[i] ?? ''
    if (isSpace(ch) || MARKER_CHARS.has(ch)) {
      i++
      continue
    }
    let j = i
    if (text[j] === '(') j++
    const digitsStart = j
    while (j < end && j - digitsStart < 3 && isDigit(text[j])) j++
    if (
      j > digitsStart &&
      (text[j] === '.' || text[j] === ')') &&
      (j + 1 >= end || isSpace(text[j + 1]))
    ) {
      i = j + 1
      continue
    }
    break
  }
  return i
}

function pushSegment(out: Segment[], text: string, start: number, end: number): void {
  const from = skipMarkers(text, start, end)
  let to = end
  while (to > from && isSpace(text[to - 1])) to--
  if (to <= from) return
  const piece = text.slice(from, to)
  if (!/[\p{L}\p{N}]/u.test(piece)) return
  out.push({ text: piece, start: from, end: to })
}

/** Splits a posting into its sentences and bullets, each a verbatim slice of the posting. */
export function segmentPosting(posting: string): Segment[] {
  const text = posting.length > MAX_POSTING_CHARS ? posting.slice(0, MAX_POSTING_CHARS) : posting
  const segments: Segment[] = []
  for (const [lineStart, lineEnd] of lineRanges(text)) {
    let pieceStart = lineStart
    for (let i = lineStart; i < lineEnd; i++) {
      const ch = text[i] ?? ''
      if (INLINE_BULLETS.has(ch)) {
        pushSegment(segments, text, pieceStart, i)
        pieceStart = i + 1
      } else if (isSentenceEnd(text, i, lineEnd, lineStart)) {
        pushSegment(segments, text, pieceStart, i + 1)
        pieceStart = i + 1
      }
    }
    pushSegment(segments, text, pieceStart, lineEnd)
  }
  return segments
}

// Words the suffix stripper would otherwise fold into an unrelated stem.
const STEM_EXCEPTIONS: Record<string, string> = {
  embedded: 'embedded',
  news: 'news',
  bonus: 'bonus',
  series: 'series',
  analytics: 'analytics',
}

function undouble(word: string): string {
  const last = word[word.length - 1]
  if (
    word.length >= 3 &&
    last === word[word.length - 2] &&
    last !== undefined &&
    !'aeiouslz'.includes(last)
  ) {
    return word.slice(0, -1)
  }
  // "modelling" → "model", like "modeling"; "skill" and "fill" never reach here.
  if (word.length >= 5 && word.endsWith('ll')) return word.slice(0, -1)
  return word
}

/**
 * A deliberately tiny suffix stripper: plurals, -ing, -ed, -ize/-ise and a final -e. It needs to
 * be consistent rather than linguistically right, because the taxonomy goes through it too.
 */
export function stem(lowercaseWord: string): string {
  const exception = STEM_EXCEPTIONS[lowercaseWord]
  if (exception !== undefined) return exception
  let w = lowercaseWord
  if (w.length <= 3 || /\d/.test(w)) return w
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)

  let stripped = false
  if (/i[sz]ation$/.test(w)) w = `${w.slice(0, -7)}iz`
  else if (/i[sz]er$/.test(w)) w = `${w.slice(0, -4)}iz`
  else if (w.endsWith('ing') && w.length >= 6) {
    w = undouble(w.slice(0, -3))
    stripped = true
  } else if (w.endsWith('ed') && w.length >= 6) {
    w = undouble(w.slice(0, -2))
    stripped = true
  }
  if (/i[sz]e$/.test(w) && w.length > 5) w = `${w.slice(0, -3)}iz`
  else if (stripped && w.endsWith('is') && w.length > 5) w = `${w.slice(0, -2)}iz`
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1)
  return w
}

const TAG_PATTERN = /<\/?[A-Za-z][^<>\n]{0,200}>/g
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const WORD = /[\p{L}\p{N}]+/gu

/**
 * The words of a piece of text. Tags count as separators, so `<b>Kafka</b>` reads as "Kafka" and
 * tag attributes never read as skills; invisible characters are dropped so they cannot split a
 * word.
 */
export function tokenize(text: string): Token[] {
  return readText(text).tokens
}

/** `tokenize`, keeping where each word stands, so a match can be quoted as the text writes it. */
export function readText(text: string): ReadText {
  const plain = text.replace(TAG_PATTERN, ' ').replace(INVISIBLE, '').normalize('NFKC')
  const tokens: Token[] = []
  const spans: [number, number][] = []
  for (const match of plain.matchAll(WORD)) {
    const raw = match[0]
    tokens.push({ raw, stem: stem(raw.toLowerCase()) })
    spans.push([match.index, match.index + raw.length])
  }
  return { plain, tokens, spans }
}

/** Words `from` to `to` (exclusive) as written, with any run of spaces between them made one. */
export function quoteWords(read: ReadText, from: number, to: number): string {
  const start = read.spans[from]?.[0] ?? 0
  const end = read.spans[to - 1]?.[1] ?? start
  return read.plain.slice(start, end).replace(/\s+/g, ' ')
}
