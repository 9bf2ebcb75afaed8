// The problems the assistant tests run on, read by the library's own loader: the whole library,
// and five "fixtures", library problems with a marker planted in every secret, so a test can prove
// that hidden cases, reference solutions, the reference explanation and the rubric's misconceptions
// never reach the assistant.
import path from 'node:path'
import { LIBRARY_DIR, loadLibrary, loadProblem } from '@pairwise/problems'
import type { AssistantPolicy, Language, ProblemDefinition, TestCase } from '@pairwise/shared'

/** The markers planted in the fixtures. Each is followed by the problem's slug where it is used. */
export const MARKERS = {
  /** An extra argument of every hidden case, and the argument of the added hidden case. */
  hiddenArgs: 'SECRET-ARGS-31337',
  /** The expected value of the added hidden case. */
  hiddenExpected: 'SECRET-EXPECTED-31337',
  /** A comment line at the end of every reference solution. */
  solution: 'SECRET-SOLUTION-31337',
  /** A last sentence of the rubric's reference explanation. */
  explanation: 'SECRET-EXPLANATION-31337',
  /** Appended to every misconception's claim and correction in the rubric. */
  misconception: 'SECRET-MISCONCEPTION-31337',
  /**
   * The name of the added hidden case. A prompt may name hidden cases (never their data), but the
   * offline coach's replies never repeat them.
   */
  hiddenName: 'HIDDEN-NAME-31337',
} as const

/** Any marker of data the assistant must never be given. */
export const SECRET_PATTERN = /SECRET-[A-Z]+-31337/

/**
 * The fixtures, with the policies they are tested under: one is an interviewer and one a pair
 * problem, so a request built without an explicit policy exercises every policy.
 */
export const FIXTURES: Record<string, AssistantPolicy | undefined> = {
  'cosine-top-k': 'interviewer',
  'mrr-and-recall-at-k': 'pair',
  'ndcg-at-k': undefined,
  'pagerank-power-iteration': undefined,
  'reservoir-sampling': undefined,
}

/** Every complete library problem (a folder still being written is reported, and skipped). */
export async function loadLibraryProblems(): Promise<ProblemDefinition[]> {
  return (await loadLibrary(LIBRARY_DIR)).problems
}

export async function loadFixtureProblem(slug: string): Promise<ProblemDefinition> {
  const problem = withSecretMarkers(await loadProblem(path.join(LIBRARY_DIR, slug)))
  const policy = FIXTURES[slug]
  return policy ? { ...problem, assistant: policy } : problem
}

export async function loadFixtureProblems(): Promise<ProblemDefinition[]> {
  return Promise.all(Object.keys(FIXTURES).sort().map(loadFixtureProblem))
}

/** A copy of `problem` whose every secret carries a marker (see MARKERS) naming the problem. */
export function withSecretMarkers(problem: ProblemDefinition): ProblemDefinition {
  const mark = (marker: string) => `${marker} ${problem.slug}`
  const cases: TestCase[] = problem.cases.map((c, i) => {
    if (c.visible) return c
    const tag = `${mark(MARKERS.hiddenArgs)} case ${i}`
    return 'args' in c
      ? { ...c, args: [...c.args, tag] }
      : { ...c, script: `${c.script}\n# ${tag}\n` }
  })
  cases.push({
    name: `added hidden case ${mark(MARKERS.hiddenName)}`,
    args: [mark(MARKERS.hiddenArgs)],
    expected: mark(MARKERS.hiddenExpected),
    visible: false,
  })
  const solutions: Partial<Record<Language, string>> = {}
  for (const [language, code] of Object.entries(problem.solutions) as [Language, string][]) {
    const comment = language === 'python' ? '#' : '//'
    solutions[language] =
      `${code.trimEnd()}\n${comment} ${mark(MARKERS.solution)}: reference only\n`
  }
  const marked: ProblemDefinition = {
    ...problem,
    cases,
    solutions,
    rubric: {
      ...problem.rubric,
      criteria: problem.rubric.criteria.map((c) =>
        c.misconceptions
          ? {
              ...c,
              misconceptions: c.misconceptions.map((m) => ({
                ...m,
                claim: `${m.claim} ${mark(MARKERS.misconception)}`,
                correction: `${m.correction} ${mark(MARKERS.misconception)}`,
              })),
            }
          : c,
      ),
      referenceExplanation: `${problem.rubric.referenceExplanation} ${mark(MARKERS.explanation)}.`,
    },
    contentHash: `${problem.contentHash}-marked`,
  }
  if (
    Object.keys(solutions).length === 0 ||
    !problem.cases.some((c) => !c.visible) ||
    !problem.rubric.criteria.some((c) => c.misconceptions?.length)
  ) {
    throw new Error(
      `${problem.slug} has no reference solution, hidden case or misconception to mark`,
    )
  }
  return marked
}
