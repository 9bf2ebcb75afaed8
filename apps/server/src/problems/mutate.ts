// Runs each problem's mutants (plausible wrong solutions) against its tests, as candidate code
// runs, and reports how many the tests kill.
import path from 'node:path'
import { readMutants, type Mutant } from '@pairwise/problems'
import type { Language, ProblemDefinition, RunResult } from '@pairwise/shared'
import type { Runner } from '../runner/index.ts'
import { limitsForProblem } from './limits.ts'
import { casesFor } from './validate.ts'

export interface Survivor {
  name: string
  bug: string
  /** Why its bug cancels out, from its header; null when nobody explained it (a gap in the tests). */
  why: string | null
}

/** A mutant that never returned a value: a syntax error, a missing function, a crash on every case. */
export interface BrokenMutant {
  slug: string
  /** null for a file in mutants/ that is neither .py nor .ts. */
  language: Language | null
  name: string
  reason: string
}

export interface ProblemMutationReport {
  slug: string
  language: Language
  mutants: number
  killed: number
  killRate: number | null
  survivors: Survivor[]
}

export interface MutationReport {
  problems: ProblemMutationReport[]
  mutants: number
  killed: number
  killRate: number | null
  survivors: (Survivor & { slug: string; language: Language })[]
  /** Survivors without an explanation: each is a case the tests are missing. */
  unexplained: number
  /** Mutants whose header calls them equivalent, yet a test killed them: the claim is wrong. */
  mislabelled: { slug: string; language: Language; name: string }[]
  broken: BrokenMutant[]
}

type Verdict = { killed: boolean; broken?: string }

/** Killed when any case fails or the run stops early; broken when it never returned a value. */
export function verdictOf(result: RunResult, caseCount: number): Verdict {
  const passed = result.tests.filter((t) => t.passed).length
  const visible = result.tests.filter((t) => !t.hidden)
  if (passed === 0 && visible.length > 0 && visible.every((t) => t.error !== undefined)) {
    const reason = result.error ?? visible[0]?.error ?? result.status
    return { killed: true, broken: reason.slice(0, 300) }
  }
  return { killed: result.status !== 'passed' || passed < caseCount }
}

async function runMutant(runner: Runner, p: ProblemDefinition, mutant: Mutant): Promise<Verdict> {
  const functionName = p.functionNames[mutant.language]
  if (!p.languages.includes(mutant.language) || functionName === undefined) {
    return { killed: true, broken: `the problem has no ${mutant.language} version` }
  }
  const cases = casesFor(p, mutant.language)
  // Exactly as a candidate's submission runs: every case, hidden ones in their own process.
  const result = await runner.run({
    language: mutant.language,
    code: mutant.code,
    functionName,
    ...(p.signature ? { signature: p.signature } : {}),
    cases,
    limits: limitsForProblem(p, mutant.language),
    ...(p.requires?.length ? { requires: p.requires } : {}),
  })
  return verdictOf(result, cases.length)
}

const rate = (killed: number, total: number): number | null =>
  total === 0 ? null : Math.round((killed / total) * 10_000) / 10_000

/**
 * Runs the mutants of every problem (found in `root/<slug>/mutants/`) through the runner,
 * `concurrency` at a time, and reports the kill rate per problem and language and overall.
 */
export async function mutateProblems(
  runner: Runner,
  root: string,
  problems: ProblemDefinition[],
  concurrency = 2,
): Promise<MutationReport> {
  const jobs: { p: ProblemDefinition; mutant: Mutant }[] = []
  const unreadable: BrokenMutant[] = []
  for (const p of problems) {
    const { mutants, errors } = await readMutants(path.join(root, p.slug))
    for (const mutant of mutants) jobs.push({ p, mutant })
    for (const e of errors) {
      unreadable.push({ slug: p.slug, language: e.language, name: e.file, reason: e.message })
    }
  }
  const verdicts = new Map<(typeof jobs)[number], Verdict>()
  const queue = [...jobs]
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      verdicts.set(job, await runMutant(runner, job.p, job.mutant))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))

  const report: MutationReport = {
    problems: [],
    mutants: 0,
    killed: 0,
    killRate: null,
    survivors: [],
    unexplained: 0,
    mislabelled: [],
    broken: unreadable,
  }
  // Every problem and language has its line, so one without mutants shows as 0 rather than hiding.
  const entries = new Map<string, ProblemMutationReport>()
  for (const p of problems) {
    for (const language of p.languages) {
      const entry: ProblemMutationReport = {
        slug: p.slug,
        language,
        mutants: 0,
        killed: 0,
        killRate: null,
        survivors: [],
      }
      entries.set(`${p.slug}\0${language}`, entry)
      report.problems.push(entry)
    }
  }
  for (const job of jobs) {
    const { p, mutant } = job
    const verdict = verdicts.get(job)
    if (verdict === undefined) continue
    const where = { slug: p.slug, language: mutant.language }
    if (verdict.broken !== undefined) {
      report.broken.push({ ...where, name: mutant.name, reason: verdict.broken })
      continue
    }
    const entry = entries.get(`${p.slug}\0${mutant.language}`)
    if (entry === undefined) continue // runMutant reported a mutant in a language the problem lacks
    entry.mutants++
    if (verdict.killed) {
      entry.killed++
      if (mutant.equivalent !== undefined) report.mislabelled.push({ ...where, name: mutant.name })
    } else {
      const survivor = { name: mutant.name, bug: mutant.bug, why: mutant.equivalent ?? null }
      entry.survivors.push(survivor)
      report.survivors.push({ ...where, ...survivor })
      if (survivor.why === null) report.unexplained++
    }
  }
  for (const entry of report.problems) {
    entry.killRate = rate(entry.killed, entry.mutants)
    report.mutants += entry.mutants
    report.killed += entry.killed
  }
  report.killRate = rate(report.killed, report.mutants)
  return report
}
