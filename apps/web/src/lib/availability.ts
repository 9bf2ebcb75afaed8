// Whether a problem's Python code can run on this server: the libraries it requires that the
// server's sandboxed Python lacks (the API's missingPackages), in words.
import {
  listPackages,
  packagesUnavailableMessage,
  type Language,
  type ProblemSummary,
} from '@pairwise/shared'

export interface Unavailability {
  /** The catalog's badge: "Unavailable here: needs PyTorch". */
  label: string
  /** The problem page's explanation, with the package an administrator would install. */
  message: string
}

/** Null when the problem runs here in this language (or in any, when no language is given). */
export function unavailableHere(
  problem: Pick<ProblemSummary, 'languages' | 'missingPackages'>,
  language?: Language,
): Unavailability | null {
  const missing = problem.missingPackages ?? []
  if (missing.length === 0 || (language !== undefined && language !== 'python')) return null
  // A problem that offers another language still runs in that one.
  const only = problem.languages.every((offered) => offered === 'python')
  const what = only || language === 'python' ? 'Unavailable here' : 'Python unavailable here'
  return {
    label: `${what}: needs ${listPackages(missing)}`,
    message: packagesUnavailableMessage(missing),
  }
}
