// Which of the Python libraries problems may require the sandboxed Python can import: asked once,
// through the runner itself (same sandbox, same limits as a run), and kept.
import { PYTHON_PACKAGES, type PythonPackage, type TestCase } from '@pairwise/shared'
import type { Logger } from '../logger.ts'
import type { Runner } from '../runner/index.ts'
import { limitsForProblem } from './limits.ts'

/** What the server knows of the sandbox's Python libraries. */
export interface PythonPackages {
  /** Those of `requires` known to be missing; none while the probe has not answered. */
  missingNow(requires: readonly PythonPackage[]): PythonPackage[]
  /** Those of `requires` that are missing, once the first probe has answered (or failed). */
  missing(requires: readonly PythonPackage[]): Promise<PythonPackage[]>
}

/** Each case imports one library and returns true, or the reason it could not. */
const PROBE_CODE = `import importlib


def probe(name):
    try:
        importlib.import_module(name)
    except BaseException as exc:  # a library may fail at import with anything
        return f'{type(exc).__name__}: {exc}'[:300]
    return True
`

/** The probe's answer: per library, true or why it could not be imported. */
export type ProbeAnswer = Record<PythonPackage, true | string>

/**
 * Imports every library in one sandboxed run with the limits of a problem that requires them
 * all. A library whose import kills the interpreter reported nothing, and is missing too; a run
 * that did not finish in time (a busy machine) says nothing, and throws.
 */
export async function probePythonPackages(runner: Runner): Promise<ProbeAnswer> {
  const cases: TestCase[] = PYTHON_PACKAGES.map((name) => ({
    name,
    args: [name],
    expected: true,
    visible: true,
  }))
  const result = await runner.run({
    language: 'python',
    code: PROBE_CODE,
    functionName: 'probe',
    cases,
    limits: limitsForProblem(
      { timeLimitMs: 5_000, memoryMb: undefined, requires: [...PYTHON_PACKAGES] },
      'python',
    ),
  })
  if (result.status === 'timeout') throw new Error(result.error ?? 'the probe ran out of time')
  const answer = {} as ProbeAnswer
  for (const name of PYTHON_PACKAGES) {
    const test = result.tests.find((t) => t.name === name)
    if (test?.actual === true) answer[name] = true
    else if (typeof test?.actual === 'string') answer[name] = test.actual
    else answer[name] = test?.error ?? result.error ?? 'the interpreter stopped while importing it'
  }
  return answer
}

function missingFrom(
  available: ReadonlySet<PythonPackage>,
  requires: readonly PythonPackage[],
): PythonPackage[] {
  return requires.filter((name) => !available.has(name))
}

/** A fixed answer: for tests, and for callers that know what is installed. */
export function knownPythonPackages(available: readonly PythonPackage[]): PythonPackages {
  const set = new Set(available)
  return {
    missingNow: (requires) => missingFrom(set, requires),
    missing: (requires) => Promise.resolve(missingFrom(set, requires)),
  }
}

/** A probe that failed is asked again at most this often, when a run needs the answer. */
const RETRY_AFTER_MS = 60_000

/**
 * Probes in the background as soon as it is made (boot does not wait). Until the answer comes,
 * nothing counts as missing for the catalog; runs wait for it. A failed probe leaves everything
 * counting as available (a run then shows the import error itself) and is retried later.
 */
export function probedPythonPackages(
  probe: () => Promise<ProbeAnswer>,
  log: Logger,
): PythonPackages {
  let available: Set<PythonPackage> | null = null
  let pending: Promise<void> | null = null
  let failedAt = 0

  const ask = (): Promise<void> => {
    pending ??= probe()
      .then((answer) => {
        const found = PYTHON_PACKAGES.filter((name) => answer[name] === true)
        const missing = Object.fromEntries(
          PYTHON_PACKAGES.filter((name) => answer[name] !== true).map((name) => [
            name,
            answer[name],
          ]),
        )
        available = new Set(found)
        if (found.length === PYTHON_PACKAGES.length)
          log.info({ packages: found }, 'the sandboxed Python imports every library')
        else log.warn({ available: found, missing }, 'the sandboxed Python lacks some libraries')
      })
      .catch((err: unknown) => {
        failedAt = Date.now()
        log.warn(
          { err: (err as Error).message },
          'could not find out which Python libraries the sandbox has; will ask again',
        )
      })
      .finally(() => {
        pending = null
      })
    return pending
  }
  void ask()

  return {
    missingNow: (requires) => (available ? missingFrom(available, requires) : []),
    async missing(requires) {
      if (requires.length === 0) return []
      if (!available && !pending && Date.now() - failedAt >= RETRY_AFTER_MS) void ask()
      if (pending) await pending
      return available ? missingFrom(available, requires) : []
    },
  }
}

/** A catalog entry or a problem's page, with the libraries it requires that are missing here. */
export function withMissingPackages<T extends { requires?: PythonPackage[] }>(
  problem: T,
  packages: PythonPackages | undefined,
): T & { missingPackages: PythonPackage[] } {
  return { ...problem, missingPackages: packages?.missingNow(problem.requires ?? []) ?? [] }
}
