// Runs every reference solution of a set of problems through a runner, case by case.
import type { ProblemDefinition, TestCase } from '@pairwise/shared'
import type { Runner } from '../runner/index.ts'
import { limitsForProblem } from './limits.ts'

export interface ValidationFailure {
  slug: string
  language?: string
  case?: string
  reason: string
}

export interface ValidationReport {
  problems: number
  passed: number
  tests: number
  testsPassed: number
  failures: ValidationFailure[]
}

function casesFor(p: ProblemDefinition, language: string): TestCase[] {
  return p.cases.filter((c) => !('language' in c) || c.language === language)
}

export async function validateProblem(runner: Runner, p: ProblemDefinition) {
  const failures: ValidationFailure[] = []
  let tests = 0
  let testsPassed = 0
  for (const language of p.languages) {
    const code = p.solutions[language]
    const functionName = p.functionNames[language]
    const cases = casesFor(p, language)
    tests += cases.length
    if (code === undefined || functionName === undefined) {
      failures.push({ slug: p.slug, language, reason: 'no reference solution' })
      continue
    }
    const result = await runner.run({
      language,
      code,
      functionName,
      cases,
      limits: limitsForProblem(p),
    })
    for (const t of result.tests) {
      if (t.passed) testsPassed++
      else {
        const detail =
          t.error ?? `expected ${JSON.stringify(t.expected)}, got ${JSON.stringify(t.actual)}`
        failures.push({ slug: p.slug, language, case: t.name, reason: detail.slice(0, 500) })
      }
    }
    if (result.tests.length < cases.length) {
      failures.push({
        slug: p.slug,
        language,
        reason:
          `${result.status}: ${result.error ?? 'the run stopped before every case ran'}`.slice(
            0,
            500,
          ),
      })
    }
  }
  return { failures, tests, testsPassed }
}

export async function validateProblems(
  runner: Runner,
  problems: ProblemDefinition[],
  concurrency = 2,
): Promise<ValidationReport> {
  const report: ValidationReport = {
    problems: problems.length,
    passed: 0,
    tests: 0,
    testsPassed: 0,
    failures: [],
  }
  const queue = [...problems]
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const r = await validateProblem(runner, p)
      report.tests += r.tests
      report.testsPassed += r.testsPassed
      report.failures.push(...r.failures)
      if (r.failures.length === 0) report.passed++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  report.failures.sort((a, b) => a.slug.localeCompare(b.slug))
  return report
}
