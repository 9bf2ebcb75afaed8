// Sets the LLM judge beside the offline scorer: when they disagree strongly a mentor looks,
// instead of either being trusted; a judge that failed leaves the offline score standing.
import type { CriterionScore, ScoreFlag } from '@pairwise/shared'
import type { JudgeOutcome } from './judge.ts'

export const DEFAULT_JUDGE_MARGIN = 0.25
/** Criteria at least this heavy are compared one by one, not only in the total. */
const HEAVY_CRITERION = 0.2
const EPSILON = 1e-9

export type OfflineCriterion = Pick<CriterionScore, 'id' | 'score' | 'max'> & { title?: string }

export interface CriterionComparison {
  id: string
  /** The criterion's share of the rubric, 0..1. */
  weight: number
  offline: number
  judge: number
  difference: number
}

export interface JudgeComparison {
  flags: ScoreFlag[]
  disagrees: boolean
  offlineFraction: number
  /** Null when the judge failed. */
  judgeFraction: number | null
  criteria: CriterionComparison[]
  /** The mean of both when they agree; null when the judge failed or disagrees, so neither counts alone. */
  combinedFraction: number | null
}

export function combineWithJudge(
  offline: readonly OfflineCriterion[],
  judge: JudgeOutcome,
  margin = DEFAULT_JUDGE_MARGIN,
): JudgeComparison {
  const maxSum = offline.reduce((s, c) => s + c.max, 0)
  const offlineFraction = maxSum > 0 ? offline.reduce((s, c) => s + c.score, 0) / maxSum : 0
  const failed = (message: string): JudgeComparison => ({
    flags: [{ code: 'judge-failed', message }],
    disagrees: false,
    offlineFraction,
    judgeFraction: null,
    criteria: [],
    combinedFraction: null,
  })
  if ('error' in judge) {
    return failed(
      // Words only: an internal code such as judge_overloaded means nothing to a candidate.
      `The LLM judge could not score this explanation: ${judge.message.replace(/\.$/, '')}. The offline score stands.`,
    )
  }
  const judged = new Map(judge.criteria.map((c) => [c.id, c]))
  const missing = offline.filter((c) => !judged.has(c.id)).map((c) => c.id)
  if (missing.length > 0 || maxSum <= 0) {
    return failed(
      `The LLM judge's criteria do not match the rubric (missing: ${missing.join(', ') || 'all'}). The offline score stands.`,
    )
  }

  const criteria = offline.map((c): CriterionComparison => {
    const offlineShare = c.max > 0 ? c.score / c.max : 0
    const judgeShare = judged.get(c.id)?.score ?? 0
    return {
      id: c.id,
      weight: c.max / maxSum,
      offline: offlineShare,
      judge: judgeShare,
      difference: judgeShare - offlineShare,
    }
  })
  const judgeFraction = criteria.reduce((s, c) => s + c.weight * c.judge, 0)
  const totalGap = judgeFraction - offlineFraction
  const heavyGaps = criteria.filter(
    (c) => c.weight + EPSILON >= HEAVY_CRITERION && Math.abs(c.difference) > margin,
  )
  const disagrees = Math.abs(totalGap) > margin || heavyGaps.length > 0
  const flags: ScoreFlag[] = []
  if (disagrees) {
    const title = (id: string) => offline.find((c) => c.id === id)?.title ?? id
    const perCriterion = heavyGaps
      .map((c) => `“${title(c.id)}” judge ${pct(c.judge)} vs offline ${pct(c.offline)}`)
      .join('; ')
    flags.push({
      code: 'judge-disagrees',
      message: `The LLM judge and the offline scorer disagree by more than ${pct(margin)}: judge ${pct(judgeFraction)} vs offline ${pct(offlineFraction)} overall${perCriterion ? `; ${perCriterion}` : ''}. A mentor should review this explanation.`,
    })
  }
  return {
    flags,
    disagrees,
    offlineFraction,
    judgeFraction,
    criteria,
    combinedFraction: disagrees ? null : (offlineFraction + judgeFraction) / 2,
  }
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`
}
