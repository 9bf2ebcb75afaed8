// Whether this server's runner can run Java and C++: asked once at boot, through the runner itself
// (one tiny compiled run per language, so a queue asks its workers), and kept, like the Python
// library probe (python-packages.ts).
import { TOOLCHAIN_PACKAGES, type Language, type ProblemSignature } from '@pairwise/shared'
import type { Logger } from '../logger.ts'
import { COMPILED_LANGUAGES, type CompiledLanguage } from '../runner/compiled/toolchains.ts'
import type { Runner } from '../runner/index.ts'

export interface CompiledLanguages {
  /** Those of `languages` known to be unavailable; none while the probe has not answered. */
  unavailableNow(languages: readonly Language[]): Language[]
  /** Why `language` cannot run here, once the first probe answered; null when it can. */
  unavailable(language: Language): Promise<string | null>
}

const PROBE_SIGNATURE: ProblemSignature = {
  params: [{ name: 'x', type: { kind: 'int' } }],
  returns: { kind: 'int' },
  records: [],
}

const PROBE_CODE: Record<CompiledLanguage, string> = {
  java: 'class Solution {\n    static int probe(int x) {\n        return x + 1;\n    }\n}\n',
  cpp: 'int probe(int x) { return x + 1; }\n',
}

/** Per language, true or why it cannot run (its toolchain's missing parts, say). */
export type LanguageProbeAnswer = Record<CompiledLanguage, true | string>

/** A busy machine's slow run says nothing of the toolchain: the probe throws and is asked again. */
export class ProbeInconclusiveError extends Error {}

export async function probeCompiledLanguages(runner: Runner): Promise<LanguageProbeAnswer> {
  const answer = {} as LanguageProbeAnswer
  for (const language of COMPILED_LANGUAGES) {
    try {
      const result = await runner.run({
        language,
        code: PROBE_CODE[language],
        functionName: 'probe',
        signature: PROBE_SIGNATURE,
        cases: [{ name: 'probe', args: [41], expected: 42, visible: true }],
        limits: { cpuSeconds: 20, wallMs: 60_000 },
      })
      if (result.status === 'timeout') throw new ProbeInconclusiveError(result.error)
      answer[language] =
        result.status === 'passed'
          ? true
          : (result.error ?? result.tests[0]?.error ?? result.status).slice(0, 500)
    } catch (error) {
      if (error instanceof ProbeInconclusiveError) throw error
      answer[language] = (error as Error).message.slice(0, 500)
    }
  }
  return answer
}

/** A fixed answer: for tests, and for callers that know what is installed. */
export function knownCompiledLanguages(
  unavailable: Partial<Record<CompiledLanguage, string>>,
): CompiledLanguages {
  return {
    unavailableNow: (languages) => languages.filter((l) => unavailable[l as CompiledLanguage]),
    unavailable: (language) => Promise.resolve(unavailable[language as CompiledLanguage] ?? null),
  }
}

const RETRY_AFTER_MS = 60_000

/**
 * Probes in the background as soon as it is made (boot does not wait). Until the answer comes,
 * nothing counts as unavailable for the catalog; runs wait for it. A failed probe counts both as
 * available (a run then shows its own error) and is asked again later.
 */
export function probedCompiledLanguages(
  probe: () => Promise<LanguageProbeAnswer>,
  log: Logger,
): CompiledLanguages {
  let answer: LanguageProbeAnswer | null = null
  let pending: Promise<void> | null = null
  let failedAt = 0
  const ask = (): Promise<void> => {
    pending ??= probe()
      .then((found) => {
        answer = found
        const missing = COMPILED_LANGUAGES.filter((l) => found[l] !== true)
        if (missing.length === 0) log.info('the runner compiles and runs Java and C++')
        else log.warn({ unavailable: found }, 'some compiled languages cannot run here')
      })
      .catch((err: unknown) => {
        failedAt = Date.now()
        log.warn(
          { err: (err as Error).message },
          'could not find out whether Java and C++ run here; will ask again',
        )
      })
      .finally(() => {
        pending = null
      })
    return pending
  }
  void ask()
  const reasonFor = (language: Language): string | null => {
    const found = answer?.[language as CompiledLanguage]
    return found === undefined || found === true ? null : found
  }
  return {
    unavailableNow: (languages) => languages.filter((l) => reasonFor(l) !== null),
    async unavailable(language) {
      if (!(COMPILED_LANGUAGES as readonly Language[]).includes(language)) return null
      if (!answer && !pending && Date.now() - failedAt >= RETRY_AFTER_MS) void ask()
      if (pending) await pending
      return reasonFor(language)
    },
  }
}

/** The message of a run refused because its language cannot run on this server. */
export function languageUnavailableMessage(language: Language, reason: string): string {
  const name = language === 'java' ? 'Java' : language === 'cpp' ? 'C++' : language
  const install = (TOOLCHAIN_PACKAGES[language] ?? []).join(' ')
  return `${name} is unavailable on this server (${reason}). Its administrator can install the Debian packages ${install}.`
}

/** A catalog entry or a problem's page, with those of its languages this server cannot run. */
export function withUnavailableLanguages<T extends { languages: Language[] }>(
  problem: T,
  languages: CompiledLanguages | undefined,
): T & { unavailableLanguages: Language[] } {
  return { ...problem, unavailableLanguages: languages?.unavailableNow(problem.languages) ?? [] }
}
