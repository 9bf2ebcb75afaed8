// Whether a problem's code can run on this server: the libraries it requires that the server's
// sandboxed Python lacks (the API's missingPackages), and the languages whose toolchain the
// sandbox lacks (unavailableLanguages: no javac, no g++), in words.
import {
  listPackages,
  packagesUnavailableMessage,
  toolchainUnavailableMessage,
  type Language,
  type ProblemSummary,
} from '@pairwise/shared'
import { LANGUAGE_LABELS } from './labels.ts'

export interface Unavailability {
  /** The catalog's badge: "Unavailable here: needs PyTorch". */
  label: string
  /** The problem page's explanation, with the package an administrator would install. */
  message: string
}

type Availability = Pick<ProblemSummary, 'languages' | 'missingPackages' | 'unavailableLanguages'>

/** The languages of the problem whose code cannot run here, for whatever reason. */
function blockedLanguages(problem: Availability): Set<Language> {
  const blocked = new Set(problem.unavailableLanguages ?? [])
  if ((problem.missingPackages ?? []).length > 0) blocked.add('python')
  return blocked
}

/** Whether `language` is one the problem offers but this server cannot run. */
export function languageUnavailable(problem: Availability, language: Language): boolean {
  return (problem.unavailableLanguages ?? []).includes(language)
}

/**
 * Null when the problem runs here in this language (or, when no language is given, in every
 * language it offers, or when only its toolchain-less languages are missing: the catalog names
 * those beside each language instead of a badge).
 */
export function unavailableHere(problem: Availability, language?: Language): Unavailability | null {
  const missing = problem.missingPackages ?? []
  if (language !== undefined && languageUnavailable(problem, language)) {
    return {
      label: `${LANGUAGE_LABELS[language]} unavailable here`,
      message: toolchainUnavailableMessage(language),
    }
  }
  const blocked = blockedLanguages(problem)
  const nowhere = problem.languages.every((offered) => blocked.has(offered))
  if (language === undefined && nowhere && missing.length === 0) {
    return {
      label: 'Unavailable here',
      message: problem.languages.map((offered) => toolchainUnavailableMessage(offered)).join(' '),
    }
  }
  if (missing.length === 0 || (language !== undefined && language !== 'python')) return null
  // A problem that offers another language still runs in that one.
  const what = nowhere || language === 'python' ? 'Unavailable here' : 'Python unavailable here'
  return {
    label: `${what}: needs ${listPackages(missing)}`,
    message: packagesUnavailableMessage(missing),
  }
}
