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
  const loops = language === 'python' ? pythonLoops(codeLines) : braceLoops(codeLines)
  return {
    isEmpty: codeLines.length === 0,
    isStarter: starter !== undefined && normalise(code) === normalise(starter),
    notImplemented: find(/NotImplementedError|not implemented/i)[0] ?? null,
    definesFunction: functionName ? definesFunction(code, language, functionName) : true,
    hasReturn: find(/\breturn\b/).length > 0,
    loops,
    maxLoopDepth: loops.reduce((max, loop) => Math.max(max, loop.depth), 0),
    sorts: find(language === 'python' ? /\bsorted\(|\.sort\(/ : /\.(sort|toSorted)\(/),
    heaps: find(/\bheapq\b|\bheappush\b|\bnlargest\b|\bnsmallest\b|PriorityQueue|\bHeap\b/),
    debugPrints: find(language === 'python' ? /^\s*print\(/ : /\bconsole\.(log|debug)\(/),
    todos: lines
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .filter(({ text }) => /\b(TODO|FIXME|XXX)\b/.test(text)),
  }
}

function normalise(code: string): string {
  return code.replace(/\s+/g, ' ').trim()
}

function definesFunction(code: string, language: Language, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern =
    language === 'python'
      ? new RegExp(`^[ \\t]*def[ \\t]+${escaped}[ \\t]*\\(`, 'm')
      : new RegExp(
          `\\bfunction\\s+${escaped}\\s*[(<]|\\b${escaped}\\s*=\\s*(async\\s*)?(\\(|function)`,
        )
  return pattern.test(code)
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

/** Brace languages: a loop's body is the brace level opened on its header line. */
function braceLoops(lines: CodeLine[]): Array<CodeLine & { depth: number }> {
  const open: number[] = []
  const loops: Array<CodeLine & { depth: number }> = []
  let braces = 0
  const header = /\b(for|while)\s*\(|\.(forEach|map|flatMap|reduce|filter|some|every|find)\(/g
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
