// TypeScript declarations of a problem, derived from its starter: the function's signature and
// the types it names, as `Problem.*` for the editor's checker (e.g. `Parameters<typeof
// Problem.rocAuc>`), so they stay known even after the candidate rewrites the starter.
import { skipNonCode } from './code-scan.ts'

/** Top-level declarations of the starter without bodies, inside `declare namespace Problem`. */
export function declarationsFromStarter(starter: string | undefined): string | undefined {
  if (!starter) return undefined
  const parts: string[] = []
  let i = 0
  const text = starter.replace(/\r\n?/g, '\n')
  const declaration = /^(export\s+)?(async\s+)?(function|type|interface)\b/gm
  for (let m = declaration.exec(text); m; m = declaration.exec(text)) {
    if (m.index < i) continue
    const kind = m[3]
    const start = m.index + (m[1]?.length ?? 0)
    if (kind === 'function') {
      // The signature runs to the `{` that opens the body: after the parameter list, at depth 0,
      // where no type is left unfinished (`: {`, `| {` open an object type instead).
      let j = text.indexOf('(', start)
      if (j < 0) break
      let depth = 0
      for (; j < text.length; j++) {
        j = skipNonCode(text, j)
        if (text[j] === '(') depth++
        else if (text[j] === ')' && --depth === 0) break
      }
      const paramsEnd = j + 1
      for (j = paramsEnd; j < text.length; j++) {
        const skipped = skipNonCode(text, j)
        if (skipped !== j) {
          j = skipped
          continue
        }
        const ch = text[j]
        if (ch === '{' && depth === 0) {
          const before = text.slice(paramsEnd, j).trim()
          if (before === '' || !/(:|\||&|,|<|=>)$/.test(before)) break
        }
        if (ch === '(' || ch === '[' || ch === '{' || ch === '<') depth++
        else if (ch === ')' || ch === ']' || ch === '}' || (ch === '>' && text[j - 1] !== '='))
          depth--
      }
      const signature = text
        .slice(start, j)
        .replace(/^async\s+/, '')
        .trim()
      parts.push(`  export ${signature.replace(/\n/g, '\n  ')}`)
      i = j
    } else {
      // A type or interface: up to the end of its braces, or of its line.
      let depth = 0
      let j = start
      for (; j < text.length; j++) {
        const skipped = skipNonCode(text, j)
        if (skipped !== j) {
          j = skipped
          continue
        }
        const ch = text[j]
        if (ch === '{' || ch === '(' || ch === '[' || ch === '<') depth++
        else if (ch === '}' || ch === ')' || ch === ']' || (ch === '>' && text[j - 1] !== '=')) {
          depth--
          if (depth === 0 && kind === 'interface' && ch === '}') {
            j++
            break
          }
        } else if (ch === '\n' && depth === 0 && kind === 'type') break
      }
      parts.push(`  export ${text.slice(start, j).trim().replace(/\n/g, '\n  ')}`)
      i = j
    }
  }
  if (parts.length === 0) return undefined
  return `/** The problem's function and types, as its starter declares them. */\ndeclare namespace Problem {\n${parts.join('\n')}\n}\n`
}
