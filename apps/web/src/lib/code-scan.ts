// Reading brace-language source (TypeScript, Java, C++) past what is not code.

/**
 * Where a comment or a string literal that starts at `j` ends (its last character), or `j` when
 * none starts there: brackets and `>` inside them ("// i where x[i] > 3 * p50") are not code. A
 * line comment ends before its newline; a '…' or "…" string ends at its quote or, unclosed, before
 * the newline; a block comment and a `…` template may span lines.
 */
export function skipNonCode(text: string, j: number): number {
  const ch = text[j]
  const next = text[j + 1]
  if (ch === '/' && next === '/') {
    const end = text.indexOf('\n', j)
    return end < 0 ? text.length - 1 : end - 1
  }
  if (ch === '/' && next === '*') {
    const end = text.indexOf('*/', j + 2)
    return end < 0 ? text.length - 1 : end + 1
  }
  if (ch === "'" || ch === '"' || ch === '`') {
    for (let k = j + 1; k < text.length; k++) {
      if (text[k] === '\\') k++
      else if (text[k] === ch) return k
      else if (text[k] === '\n' && ch !== '`') return k - 1
    }
    return text.length - 1
  }
  return j
}
