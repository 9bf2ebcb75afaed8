// Reads the candidate's code for what the offline coach can say about it without running it:
// unfinished starter code, missing returns, loops and their nesting, sorts, debug prints.
import type { Language } from '@pairwise/shared'

export interface CodeLine {
  line: number
  text: string
}

export interface CodeObservations {
  isEmpty: boolean
  /** Still the starter code, give or take whitespace. */
  isStarter: boolean
  /** Where the starter's NotImplementedError / "not implemented" throw still stands. */
  notImplemented: CodeLine | null
  definesFunction: boolean
  hasReturn: boolean
  loops: Array<CodeLine & { depth: number }>
  maxLoopDepth: number
  sorts: CodeLine[]
  heaps: CodeLine[]
  debugPrints: CodeLine[]
  todos: CodeLine[]
}

export function observeCode(
  code: string,
  language: Language,
  starter: string | undefined,
  functionName: string | undefined,
): CodeObservations {
  const lines = code.split('\n')
  const comment = language === 'python' ? /^\s*#/ : /^\s*(\/\/|\/?\*)/
  const codeLines = lines
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => text.trim() && !comment.test(text))
  const find = (pattern: RegExp) =>
    codeLines
      .filter(({ text }) => pattern.test(text))
      .map(({ line, text }) => ({ line, text: text.trim() }))
  const loops = language === 'python' ? pythonLoops(codeLines) : braceLoops(codeLines, language)
  return {
    isEmpty: codeLines.length === 0,
    isStarter: starter !== undefined && normalise(code) === normalise(starter),
    notImplemented: find(/NotImplementedError|not implemented/i)[0] ?? null,
    definesFunction: functionName ? definesFunction(code, language, functionName) : true,
    hasReturn: find(/\breturn\b/).length > 0,
    loops,
    maxLoopDepth: loops.reduce((max, loop) => Math.max(max, loop.depth), 0),
    sorts: find(SORTS[language]),
    heaps: find(
      /\bheapq\b|\bheappush\b|\bnlargest\b|\bnsmallest\b|PriorityQueue|\bHeap\b|\bpriority_queue\b|\b(make|push|pop)_heap\b/,
    ),
    debugPrints: find(DEBUG_PRINTS[language]),
    todos: lines
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .filter(({ text }) => /\b(TODO|FIXME|XXX)\b/.test(text)),
  }
}

const SORTS: Record<Language, RegExp> = {
  python: /\bsorted\(|\.sort\(/,
  typescript: /\.(sort|toSorted)\(/,
  // Arrays.sort, Collections.sort, list.sort, a stream's sorted().
  java: /\b(Arrays|Collections)\.sort\(|\.sort\(|\.sorted\(/,
  // std::sort and its kin; partial_sort and nth_element order part of the range.
  cpp: /\b(sort|stable_sort|partial_sort|nth_element)\s*\(/,
}

const DEBUG_PRINTS: Record<Language, RegExp> = {
  python: /^\s*print\(/,
  typescript: /\bconsole\.(log|debug)\(/,
  java: /\bSystem\.(out|err)\.print(ln|f)?\(/,
  cpp: /\b(cout|cerr|clog)\s*<<|\b(printf|puts)\s*\(|\bfprintf\s*\(\s*(stdout|stderr)\b/,
}

function normalise(code: string): string {
  return code.replace(/\s+/g, ' ').trim()
}

function definesFunction(code: string, language: Language, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern =
    language === 'python'
      ? new RegExp(`^[ \\t]*def[ \\t]+${escaped}[ \\t]*\\(`, 'm')
      : language === 'typescript'
        ? new RegExp(
            `\\bfunction\\s+${escaped}\\s*[(<]|\\b${escaped}\\s*=\\s*(async\\s*)?(\\(|function)`,
          )
        : // Java and C++: a header names it after its type words (`public double ndcgAtK(`,
          // `double ndcg_at_k(`), not after `return` or `new`, and not as a call on an object.
          // Each type word is a run of non-blanks, so a line splits into words one way only.
          new RegExp(
            `^[ \\t]*(?!(?:return|new|throw|else|case)\\b)(?:[\\w:<>,[\\]*&?]+[ \\t]+)+[*&]*${escaped}[ \\t]*\\(`,
            'm',
          )
  return pattern.test(language === 'python' ? code : withoutComments(code))
}

/**
 * How many `for … in` pairs a line holds. A word scan rather than /\bfor\b.+?\bin\b/g, whose
 * lazy search from every `for` made a line of 190 KB of "for for …" cost seconds (quadratic).
 */
function inlineLoops(line: string): number {
  let loops = 0
  let open = false
  for (const [word] of line.matchAll(/\w+/g)) {
    if (!open && word === 'for') open = true
    else if (open && word === 'in') {
      loops++
      open = false
    }
  }
  return loops
}

/** Python: a loop's body is everything indented deeper than its header. */
function pythonLoops(lines: CodeLine[]): Array<CodeLine & { depth: number }> {
  const open: number[] = []
  const loops: Array<CodeLine & { depth: number }> = []
  for (const { line, text } of lines) {
    const indent = text.length - text.trimStart().length
    while (open.length > 0 && (open.at(-1) ?? 0) >= indent) open.pop()
    const trimmed = text.trim()
    let depth = open.length
    if (/^(for|while|async for)\b/.test(trimmed)) {
      depth += 1
      loops.push({ line, text: trimmed, depth })
      open.push(indent)
    }
    // Comprehensions and generator expressions loop inline: `sum(x for x in xs)`.
    const inline = inlineLoops(trimmed.replace(/^(for|async for)\b/, ''))
    for (let i = 1; i <= inline; i++) loops.push({ line, text: trimmed, depth: depth + i })
  }
  return loops
}

/** A line comment's text blanked, so a commented-out header is not taken for the function. */
function withoutComments(code: string): string {
  return code
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/?\*)/.test(line) ? '' : line))
    .join('\n')
}

// Loop headers, and the calls that loop over a collection (a stream's or an array's forEach).
const BRACE_LOOP_HEADERS: Record<Exclude<Language, 'python'>, RegExp> = {
  typescript: /\b(for|while)\s*\(|\.(forEach|map|flatMap|reduce|filter|some|every|find)\(/g,
  java: /\b(for|while)\s*\(|\.(forEach|map|mapToInt|mapToDouble|flatMap|reduce|filter|anyMatch|allMatch)\(/g,
  cpp: /\b(for|while)\s*\(|\b(for_each|transform|accumulate|count_if|find_if)\s*\(/g,
}

/** Brace languages: a loop's body is the brace level opened on its header line. */
function braceLoops(
  lines: CodeLine[],
  language: Exclude<Language, 'python'>,
): Array<CodeLine & { depth: number }> {
  const open: number[] = []
  const loops: Array<CodeLine & { depth: number }> = []
  let braces = 0
  const header = BRACE_LOOP_HEADERS[language]
  for (const { line, text } of lines) {
    const trimmed = text.trim()
    const found = trimmed.match(header) ?? []
    found.forEach((_, i) => loops.push({ line, text: trimmed, depth: open.length + i + 1 }))
    const before = braces
    for (const char of trimmed) {
      if (char === '{') braces++
      else if (char === '}') braces--
    }
    if (found.length > 0 && braces > before) open.push(before)
    while (open.length > 0 && braces <= (open.at(-1) ?? 0)) open.pop()
  }
  return loops
}
