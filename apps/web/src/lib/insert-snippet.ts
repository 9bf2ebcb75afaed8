// Where an assistant's code block goes in the candidate's code: always on whole lines, at the
// cursor or (when the editor was never used) at the end of the problem's function, re-indented
// to the code around it. Pure, so it is tested without an editor.
import type { Language } from '@pairwise/shared'
import { skipNonCode } from './code-scan.ts'

export type SnippetLanguage = Language

/** 1-based, as Monaco counts. */
export interface TextPosition {
  line: number
  column: number
}

export interface SnippetTarget {
  code: string
  snippet: string
  language: SnippetLanguage
  /** The caret, or null when the candidate never put one in the editor. */
  cursor: TextPosition | null
  /** A non-empty selection's end; the selected lines are replaced by the snippet. */
  selectionEnd?: TextPosition | null
  /** The function the problem asks for, to insert at its end when there is no cursor. */
  functionName?: string
}

/** One edit in Monaco's coordinates: replace [start, end) with text. */
export interface SnippetEdit {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  text: string
  /** The 1-based line the snippet's first line lands on. */
  firstLine: number
  /** How many lines the snippet takes. */
  lineCount: number
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0] ?? ''
const isBlank = (line: string) => line.trim() === ''

/** A line after which the next line goes one level deeper. */
function opensBlock(line: string, language: SnippetLanguage): boolean {
  const code = stripLineComment(line, language).trimEnd()
  return language === 'python' ? code.endsWith(':') : /[{([]$/.test(code)
}

function stripLineComment(line: string, language: SnippetLanguage): string {
  // Good enough for deciding indentation: a `#` or `//` inside a string rarely ends a line.
  const marker = language === 'python' ? line.indexOf('#') : line.indexOf('//')
  return marker >= 0 ? line.slice(0, marker) : line
}

/** The indentation step of the code: its smallest non-zero indent, else the language's. */
function indentUnit(lines: string[], language: SnippetLanguage): string {
  let unit: string | null = null
  for (const line of lines) {
    if (isBlank(line)) continue
    const indent = indentOf(line)
    if (indent.length > 0 && (unit === null || indent.length < unit.length)) unit = indent
  }
  if (unit?.startsWith('\t')) return '\t'
  return unit ?? (language === 'typescript' ? '  ' : '    ')
}

/** Removes the snippet's blank edges and common indentation. */
function dedent(snippet: string): string[] {
  const lines = snippet.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && isBlank(lines[0] ?? '')) lines.shift()
  while (lines.length > 0 && isBlank(lines[lines.length - 1] ?? '')) lines.pop()
  const common = lines
    .filter((l) => !isBlank(l))
    .map((l) => indentOf(l).length)
    .reduce((min, n) => Math.min(min, n), Number.POSITIVE_INFINITY)
  const cut = Number.isFinite(common) ? common : 0
  return lines.map((l) => (isBlank(l) ? '' : l.slice(cut).trimEnd()))
}

/** A snippet that defines something of its own (a function, a class, an import). */
function isDefinition(lines: string[], language: SnippetLanguage): boolean {
  const first = lines.find((l) => !isBlank(l)) ?? ''
  if (language === 'python')
    return /^(@|(async\s+)?def\s|class\s|import\s|from\s+\S+\s+import\s)/.test(first)
  if (language === 'java' || language === 'cpp') return isTypedDefinition(first, language)
  return /^(export\s+)?((async\s+)?function[\s*]|class\s|interface\s|type\s+\w+\s*=|import\s|(const|let)\s+\w+\s*(:[^=]+)?=\s*(async\s*)?(\(|function\b))/.test(
    first,
  )
}

// Words that start a statement, never a declaration's type: `return f(x);`, `new Foo(…)`.
const STATEMENT_WORDS = new Set([
  'return',
  'new',
  'throw',
  'else',
  'case',
  'delete',
  'co_return',
  'co_yield',
  'goto',
  'assert',
  'yield',
])

/**
 * Java and C++: the snippet's first line declares something (an import or include, a type, a
 * method or function header) rather than being a statement. A header is `type name(` with only
 * type words before the name: no `=`, no call on an object, no statement word. A plain scan of
 * the words, not a regex, so a long line costs one pass.
 */
function isTypedDefinition(first: string, language: 'java' | 'cpp'): boolean {
  const code = stripLineComment(first, language).trim()
  const keyword =
    language === 'java'
      ? /^(@\w|import\s|package\s|(?:(?:public|private|protected|static|final|abstract|sealed)\s+)*(class|interface|record|enum)\s)/
      : /^(#|using\s|namespace\s|template\s*<|(class|struct|enum|union)\s+\w+\s*(\{|:|final\b|$))/
  if (keyword.test(code)) return true
  if (code.endsWith(';')) return false
  const paren = code.indexOf('(')
  if (paren < 0) return false
  const words = code.slice(0, paren).trim().split(/\s+/)
  const name = words.at(-1) ?? ''
  return (
    words.length >= 2 &&
    /^[*&]*[A-Za-z_]\w*$/.test(name) &&
    !STATEMENT_WORDS.has(words[0] ?? '') &&
    words.every((word) => /^[\w:<>,[\]*&?.]+$/.test(word) && !word.includes('='))
  )
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 0-based index of the line that starts the named function, or -1. */
function findFunction(lines: string[], name: string, language: SnippetLanguage): number {
  const n = escapeRegExp(name)
  if (language === 'java' || language === 'cpp') {
    // A method or function header names it after its type: `public double ndcgAtK(`,
    // `double ndcg_at_k(`. Each word is a run of non-spaces, so the words split one way only.
    const header = new RegExp(`^\\s*(?:[\\w:<>,[\\]*&?.]+\\s+)+[*&]*${n}\\s*\\(`)
    return lines.findIndex((l) => header.test(l) && isTypedDefinition(l, language))
  }
  const pattern =
    language === 'python'
      ? new RegExp(`^\\s*(async\\s+)?def\\s+${n}\\s*\\(`)
      : new RegExp(
          `^\\s*(export\\s+)?(default\\s+)?((async\\s+)?function\\s*\\*?\\s*${n}\\s*[<(]|(const|let|var)\\s+${n}\\b)`,
        )
  return lines.findIndex((l) => pattern.test(l))
}

/** 0-based index of the function's last line (its body's end). */
function functionEnd(lines: string[], start: number, language: SnippetLanguage): number {
  if (language === 'python') {
    const own = indentOf(lines[start] ?? '').length
    // The signature may span lines; the body starts after the line that ends with a colon.
    let signatureEnd = -1
    for (let i = start; i < Math.min(lines.length, start + 30); i++) {
      if (opensBlock(lines[i] ?? '', language)) {
        signatureEnd = i
        break
      }
    }
    if (signatureEnd < 0) return start
    let last = signatureEnd
    for (let i = signatureEnd + 1; i < lines.length; i++) {
      const line = lines[i] ?? ''
      if (isBlank(line)) continue
      if (indentOf(line).length <= own) break
      last = i
    }
    return last
  }
  // Brace languages: count braces from the first `{` on, skipping strings and comments.
  const text = lines.slice(start).join('\n')
  let line = start
  let depth = 0
  let opened = false
  for (let j = 0; j < text.length; j++) {
    const skipped = skipNonCode(text, j)
    if (skipped !== j) {
      for (let k = j; k <= skipped; k++) if (text[k] === '\n') line++
      j = skipped
      continue
    }
    const ch = text[j]
    if (ch === '\n') line++
    else if (ch === '{') {
      depth++
      opened = true
    } else if (ch === '}') {
      depth--
      if (opened && depth === 0) return line
    }
  }
  return lines.length - 1
}

function lastNonBlank(lines: string[], from: number, to: number): number {
  for (let i = to; i >= from; i--) if (!isBlank(lines[i] ?? '')) return i
  return -1
}

function nextNonBlank(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i] ?? '')) return i
  return -1
}

interface Placement {
  /** 0-based index of the line the snippet goes before (lines.length = after the last). */
  before: number
  /** Replace these blank or selected lines, [before, before + replace). */
  replace: number
  indent: string
  /** Keep the snippet apart from its neighbours by blank lines (a new definition). */
  separate: boolean
}

function atCursor(
  lines: string[],
  language: SnippetLanguage,
  unit: string,
  cursor: TextPosition,
  selectionEnd: TextPosition | null,
): Placement {
  const index = Math.max(0, Math.min(cursor.line - 1, lines.length - 1))
  const line = lines[index] ?? ''
  if (
    selectionEnd &&
    (selectionEnd.line !== cursor.line || selectionEnd.column !== cursor.column)
  ) {
    // A selection: its whole lines give way to the snippet (a selection ending at column 1 of a
    // line does not take that line).
    const endIndex = Math.max(
      index,
      Math.min(lines.length - 1, selectionEnd.line - 1 - (selectionEnd.column === 1 ? 1 : 0)),
    )
    const firstCode = nextNonBlank(lines, index)
    const indent =
      firstCode >= 0 && firstCode <= endIndex ? indentOf(lines[firstCode] ?? '') : indentOf(line)
    return { before: index, replace: endIndex - index + 1, indent, separate: false }
  }
  if (isBlank(line)) {
    const prev = lastNonBlank(lines, 0, index - 1)
    const next = nextNonBlank(lines, index + 1)
    const prevLine = prev >= 0 ? (lines[prev] ?? '') : ''
    let indent: string
    if (line.length > 0) indent = line
    else if (prev >= 0 && opensBlock(prevLine, language)) indent = indentOf(prevLine) + unit
    else if (prev >= 0 && next >= 0) {
      const a = indentOf(prevLine)
      const b = indentOf(lines[next] ?? '')
      indent = a.length <= b.length ? a : b
    } else indent = prev >= 0 ? indentOf(prevLine) : ''
    return { before: index, replace: 1, indent, separate: false }
  }
  const firstCodeColumn = indentOf(line).length + 1
  if (cursor.column <= firstCodeColumn) {
    return { before: index, replace: 0, indent: indentOf(line), separate: false }
  }
  const indent = opensBlock(line, language) ? indentOf(line) + unit : indentOf(line)
  return { before: index + 1, replace: 0, indent, separate: false }
}

function atFunctionEnd(
  lines: string[],
  language: SnippetLanguage,
  unit: string,
  functionName: string | undefined,
  definition: boolean,
): Placement {
  const start = functionName ? findFunction(lines, functionName, language) : -1
  if (start < 0) {
    // No such function: the end of the document, at the top level.
    const last = lastNonBlank(lines, 0, lines.length - 1)
    return { before: last + 1, replace: lines.length - last - 1, indent: '', separate: true }
  }
  const end = functionEnd(lines, start, language)
  const own = indentOf(lines[start] ?? '')
  if (definition) {
    // A helper of its own goes after the function, beside it.
    const trailing = nextNonBlank(lines, end + 1)
    return {
      before: end + 1,
      replace: (trailing < 0 ? lines.length : trailing) - end - 1,
      indent: own,
      separate: true,
    }
  }
  if (language === 'python') {
    const bodyFirst = nextNonBlank(lines, start + 1)
    const indent =
      bodyFirst >= 0 && bodyFirst <= end ? indentOf(lines[bodyFirst] ?? '') : own + unit
    return { before: end + 1, replace: 0, indent, separate: false }
  }
  // Brace languages: before the closing brace, at the body's indentation.
  const closing = lines[end] ?? ''
  const lastBody = lastNonBlank(lines, start + 1, end - 1)
  const indent = lastBody > start ? indentOf(lines[lastBody] ?? '') : indentOf(closing) + unit
  if (/^\s*}/.test(closing) && end > start) {
    return { before: lastBody > start ? lastBody + 1 : end, replace: 0, indent, separate: false }
  }
  return { before: end + 1, replace: 0, indent: own + unit, separate: false }
}

/** Works out the edit that puts `snippet` into `code` on lines of its own. */
export function planSnippetInsertion(target: SnippetTarget): SnippetEdit {
  const lines = target.code.replace(/\r\n?/g, '\n').split('\n')
  const unit = indentUnit(lines, target.language)
  const body = dedent(target.snippet)
  const definition = isDefinition(body, target.language)
  const place = target.cursor
    ? atCursor(lines, target.language, unit, target.cursor, target.selectionEnd ?? null)
    : atFunctionEnd(lines, target.language, unit, target.functionName, definition)

  // The snippet's own indentation step may differ from the code's; map it onto the code's.
  const snippetUnit = indentUnit(body, target.language)
  const relevel = (line: string) => {
    if (line === '') return ''
    const own = indentOf(line)
    const levels = snippetUnit === '\t' ? own.length : Math.floor(own.length / snippetUnit.length)
    const rest = snippetUnit === '\t' ? '' : ' '.repeat(own.length % snippetUnit.length)
    return place.indent + unit.repeat(levels) + rest + line.slice(own.length)
  }
  const placed = body.map(relevel)

  // Blank lines around a new definition: two at Python's top level, else one.
  if (place.separate) {
    const gap = target.language === 'python' && place.indent === '' ? 2 : 1
    const before = place.before
    const after = place.before + place.replace
    const hasCodeBefore = lastNonBlank(lines, 0, before - 1) >= 0
    // A closing brace right after (the end of a Java class) needs no gap before it.
    const next = nextNonBlank(lines, after)
    const hasCodeAfter = next >= 0 && !/^\s*}/.test(lines[next] ?? '')
    if (hasCodeBefore) placed.unshift(...Array<string>(gap).fill(''))
    if (hasCodeAfter) placed.push(...Array<string>(gap).fill(''))
  }
  // Replacing the document's blank tail keeps its final newline.
  if (place.replace > 0 && place.before + place.replace >= lines.length && lines.at(-1) === '')
    placed.push('')
  const leadingBlank = placed.findIndex((l) => l !== '')
  const firstLine = place.before + 1 + Math.max(0, leadingBlank)
  const lineCount = body.length

  // Express it as one edit over whole lines, so the text on either side is never touched.
  const text = placed.join('\n')
  if (place.replace > 0) {
    const lastReplaced = place.before + place.replace - 1
    return {
      startLine: place.before + 1,
      startColumn: 1,
      endLine: lastReplaced + 1,
      endColumn: (lines[lastReplaced] ?? '').length + 1,
      text,
      firstLine,
      lineCount,
    }
  }
  if (place.before >= lines.length) {
    const last = lines.length - 1
    const lastLine = lines[last] ?? ''
    const column = lastLine.length + 1
    return {
      startLine: last + 1,
      startColumn: column,
      endLine: last + 1,
      endColumn: column,
      text: `\n${text}`,
      firstLine: Math.max(firstLine, last + 2),
      lineCount,
    }
  }
  return {
    startLine: place.before + 1,
    startColumn: 1,
    endLine: place.before + 1,
    endColumn: 1,
    text: `${text}\n`,
    firstLine,
    lineCount,
  }
}

/** Applies an edit to text the way Monaco would (for tests and previews). */
export function applySnippetEdit(code: string, edit: SnippetEdit): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n')
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
  const text = lines.join('\n')
  return (
    text.slice(0, offset(edit.startLine, edit.startColumn)) +
    edit.text +
    text.slice(offset(edit.endLine, edit.endColumn))
  )
}
