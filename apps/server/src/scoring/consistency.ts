// Consistency between the explanation and the code: the complexity claim checked against the growth
// measured by running the candidate's code on generated inputs of rising size, in the sandbox; and
// the measured growth against the problem's required complexity (generator.json `expected`).
import type { ConsistencyScore, ScoreFlag } from '@pairwise/shared'
import type { AppDeps } from '../app-env.ts'
import { limitsForProblem } from '../problems/limits.ts'
import { measureGrowth } from '../runner/measure-growth.ts'
import { checkComplexity, parseComplexityClaim } from './complexity.ts'
import type { ScoreInput } from './score-input.ts'

const NOT_ASSESSED = (note: string): ConsistencyScore => ({ score: 0, max: 0, flags: [], note })

export interface ConsistencyResult {
  consistency: ConsistencyScore
  /** Set when the code grows faster than the problem requires: it costs correctness points. */
  slower: ScoreFlag | null
}

/**
 * `claimText` is the part of the explanation a claim may come from: the sentences the explanation
 * scorer kept, so that a complexity named in keyword stuffing or an injection earns nothing.
 */
export async function assessConsistency(
  deps: AppDeps,
  input: ScoreInput,
  claimText: string,
): Promise<ConsistencyResult> {
  const none = (note: string): ConsistencyResult => ({
    consistency: NOT_ASSESSED(note),
    slower: null,
  })
  const generator = input.problem.generator
  const claim = parseComplexityClaim(claimText)
  const functionName = input.problem.functionNames[input.session.language]
  if (!generator || !functionName)
    return none('This problem has no input generator to measure growth with.')
  const runner = deps.runner
  if (!runner) return none('No runner is available to measure the code.')
  // Measured even without a claim: the problem's required complexity is checked either way.
  const measured = await measureGrowth(runner.forUser(input.user.id), {
    language: input.session.language,
    code: input.session.code,
    functionName,
    ...(input.problem.signature ? { signature: input.problem.signature } : {}),
    generator,
    limits: limitsForProblem(input.problem, input.session.language),
    ...(input.signal ? { signal: input.signal } : {}),
  })
  const required = parseComplexityClaim(generator.expectedComplexity)
  const { check, flag, slower } = checkComplexity(claim, measured, required)
  if (!claim) {
    return {
      consistency: {
        ...NOT_ASSESSED(
          'The explanation states no time complexity, so there was nothing to check against the code.',
        ),
        complexity: check,
      },
      slower,
    }
  }
  if (check.consistent === null) {
    return {
      consistency: {
        score: 0,
        max: 0,
        complexity: check,
        flags: [],
        note: `The growth of the code could not be measured${measured.error ? ` (${measured.error})` : ''}.`,
      },
      slower,
    }
  }
  const interval = check.interval
    ? ` (95% interval ${check.interval[0].toFixed(2)} to ${check.interval[1].toFixed(2)})`
    : ''
  return {
    consistency: {
      score: check.consistent ? 1 : 0,
      max: 1,
      complexity: check,
      flags: flag ? [flag.message] : [],
      note: check.consistent
        ? `Your claim ${check.claimed} matches the measured growth n^${check.measuredExponent?.toFixed(2)}${interval}.`
        : (flag?.message ?? ''),
    },
    slower,
  }
}
