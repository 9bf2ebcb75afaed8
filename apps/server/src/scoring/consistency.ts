// Consistency between the explanation and the code: a complexity claim checked against the growth
// measured by running the candidate's code on generated inputs of rising size, in the sandbox.
import type { ConsistencyScore } from '@pairwise/shared'
import type { AppDeps } from '../app-env.ts'
import { limitsForProblem } from '../problems/limits.ts'
import { measureGrowth } from '../runner/measure-growth.ts'
import { checkComplexity, parseComplexityClaim } from './complexity.ts'
import type { ScoreInput } from './score-input.ts'

const NOT_ASSESSED = (note: string): ConsistencyScore => ({ score: 0, max: 0, flags: [], note })

export async function assessConsistency(
  deps: AppDeps,
  input: ScoreInput,
): Promise<ConsistencyScore> {
  const generator = input.problem.generator
  const claim = parseComplexityClaim(input.session.explanation)
  const functionName = input.problem.functionNames[input.session.language]
  if (!generator || !functionName)
    return NOT_ASSESSED('This problem has no input generator to measure growth with.')
  if (!claim) {
    return NOT_ASSESSED(
      'The explanation states no time complexity, so there was nothing to check against the code.',
    )
  }
  const runner = deps.runner
  if (!runner) return NOT_ASSESSED('No runner is available to measure the code.')
  const measured = await measureGrowth(runner.forUser(input.user.id), {
    language: input.session.language,
    code: input.session.code,
    functionName,
    generator,
    limits: limitsForProblem(input.problem),
    ...(input.signal ? { signal: input.signal } : {}),
  })
  const { check, flag } = checkComplexity(claim, measured)
  if (check.consistent === null) {
    return {
      score: 0,
      max: 0,
      complexity: check,
      flags: [],
      note: `The growth of the code could not be measured${measured.error ? ` (${measured.error})` : ''}.`,
    }
  }
  return {
    score: check.consistent ? 1 : 0,
    max: 1,
    complexity: check,
    flags: flag ? [flag.message] : [],
    note: check.consistent
      ? `Your claim ${check.claimed} matches the measured growth n^${check.measuredExponent?.toFixed(2)}.`
      : (flag?.message ?? ''),
  }
}
