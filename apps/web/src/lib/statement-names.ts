// A statement written around one language's function name (`roc_auc`) reads with the name of
// the language the candidate picked (`rocAuc`).
import type { Language } from '@pairwise/shared'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The statement with every other language's function name replaced by `language`'s. */
export function statementForLanguage(
  statement: string,
  functionNames: Partial<Record<Language, string>> | undefined,
  language: Language,
): string {
  const wanted = functionNames?.[language]
  if (!wanted) return statement
  const others = [...new Set(Object.values(functionNames))].filter(
    (name): name is string => typeof name === 'string' && name !== '' && name !== wanted,
  )
  if (others.length === 0) return statement
  // Whole identifiers only (a name inside a longer one stays); one alternation, one linear pass.
  const pattern = new RegExp(`(?<![\\w$])(?:${others.map(escapeRegExp).join('|')})(?![\\w$])`, 'g')
  return statement.replace(pattern, wanted)
}
