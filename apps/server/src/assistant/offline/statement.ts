// Reads a problem statement and starter code for what the offline coach restates: the task, the
// function signature, the stated constraints and the example.
import type { Language } from '@pairwise/shared'
import type { AssistantProblem } from '../types.ts'

const MAX_CONSTRAINTS = 6
const EXAMPLE_MAX_CHARS = 600
const CONSTRAINT_WORDS =
  /\b(at most|at least|up to|no more than|between|may be|can be|must|never|always|integers?|non-?negative|positive|sorted|distinct|unique|empty|ties?|if no|return `?0|rounded|round)\b|\$?10\^|≤|<=/i

/** The statement's opening prose, without display math, lists or the example. */
export function taskSummary(statement: string): string {
  const paragraphs = statement
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph && !paragraph.startsWith('$$') && !/^[-*] /.test(paragraph))
    .filter((paragraph) => !/^example/i.test(paragraph) && !paragraph.startsWith('#'))
  return paragraphs.slice(0, 2).join('\n\n')
}

/** Bullet points and sentences that state limits or special cases. */
export function statedConstraints(statement: string): string[] {
  const found: string[] = []
  const add = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean && !found.includes(clean) && found.length < MAX_CONSTRAINTS) found.push(clean)
  }
  const lines = statement.split('\n')
  const bullets: string[] = []
  let current: string | null = null
  for (const line of lines) {
    if (/^\s*[-*] /.test(line)) {
      if (current !== null) bullets.push(current)
      current = line.replace(/^\s*[-*] /, '')
    } else if (current !== null && /^\s+\S/.test(line)) {
      current += ` ${line.trim()}`
    } else {
      if (current !== null) bullets.push(current)
      current = null
    }
  }
  if (current !== null) bullets.push(current)
  bullets.forEach(add)
  const prose = statement.split(/\n\s*\n/).filter((p) => !/^\s*[-*] /.test(p) && !p.includes('$$'))
  for (const paragraph of prose) {
    for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z`])/)) {
      if (
        /^[A-Z`]/.test(sentence) &&
        CONSTRAINT_WORDS.test(sentence) &&
        !/^example/i.test(sentence)
      ) {
        add(sentence)
      }
    }
  }
  return found
}

/** The statement's worked example, with the code blocks that belong to it, cut at ~600 chars. */
export function statedExample(statement: string): string | null {
  const start = /^Example/im.exec(statement)
  if (!start) return null
  const paragraphs = statement.slice(start.index).split(/\n\s*\n/)
  const kept: string[] = []
  let length = 0
  for (const paragraph of paragraphs) {
    if (
      /^#/.test(paragraph.trim()) ||
      (kept.length > 0 && length + paragraph.length > EXAMPLE_MAX_CHARS)
    )
      break
    kept.push(paragraph.trim())
    length += paragraph.length
  }
  let example = kept.join('\n\n')
  // A fence cut in the middle would swallow the rest of the reply.
  if ((example.match(/```/g) ?? []).length % 2 === 1) example += '\n```'
  return example
}

/** Sizes the statement mentions (10^5, 1,000,000 …), which make complexity questions concrete. */
export function statedSizes(statement: string): string[] {
  const sizes = statement.match(/\$?10\^\{?\d+\}?\$?|\b\d{1,3}(?:,\d{3})+\b|\b\d{5,}\b/g) ?? []
  return [...new Set(sizes.map((size) => size.replace(/[${}]/g, '')))]
}

/** Java and C++: the line that declares `name(`, not a comment that mentions it. */
function typedHeader(line: string, name: string | undefined): boolean {
  if (/^\s*(\/\/|\/?\*|#)/.test(line)) return false
  const at = name ? line.indexOf(`${name}(`) : line.indexOf('(')
  if (at < 0) return false
  const before = line.slice(0, at).trim()
  // A header has its type before the name (`public double`), a call `return f(` or `x = f(` not.
  return before !== '' && !/[=.]|^(return|new|throw)\b/.test(before)
}

const SIGNATURE_START: Record<Language, (line: string, name: string | undefined) => boolean> = {
  python: (line) => /^\s*def\s/.test(line),
  typescript: (line) => /\bfunction\s|=>/.test(line),
  java: typedHeader,
  cpp: typedHeader,
}

/**
 * The function's header from the starter code, e.g. `def ndcg_at_k(relevances, k) -> float`,
 * or `public double ndcgAtK(int[] relevances, int k)` in Java.
 */
export function functionSignature(problem: AssistantProblem, language: Language): string | null {
  const starter = problem.starter[language]
  const name = functionName(problem, language)
  if (!starter) return name ? `${name}(…)` : null
  const lines = starter.split('\n')
  const start = lines.findIndex((line) => SIGNATURE_START[language](line, name))
  if (start < 0) return name ? `${name}(…)` : null
  const header: string[] = []
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? ''
    header.push(line.trim())
    if (language === 'python' ? /:\s*(#.*)?$/.test(line) : /\{\s*$/.test(line)) break
  }
  // Whitespace is collapsed first, so every later pattern is linear (no run of \s to rescan).
  let signature = header
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/,? \)/g, ')')
    .trim()
  for (const end of [':', '{']) {
    if (signature.endsWith(end)) signature = signature.slice(0, -1).trimEnd()
  }
  return signature
}

export function functionName(problem: AssistantProblem, language: Language): string | undefined {
  return problem.functionNames[language] ?? Object.values(problem.functionNames)[0]
}
