// Builds a session's ScoreReport from its parts: the explanation (offline scorer), correctness
// (a graded run of all cases), consistency (complexity claim vs measured growth) and AI
// collaboration (the transcript), weighted by the problem set's weights or the defaults.
import {
  DEFAULT_SCORE_WEIGHTS,
  type CommunicationSignal,
  type CorrectnessScore,
  type ScoreFlag,
  type ScoreReport,
  type ScorerInfo,
} from '@pairwise/shared'
import type { AppDeps } from '../app-env.ts'
import { AppError } from '../http/errors.ts'
import { runSessionCode } from '../runs/service.ts'
import { assessConsistency } from './consistency.ts'
import type { ScoreInput } from './score-input.ts'
import { policyForSession } from '../problem-sets/repository.ts'
import { COLLABORATION_SCORER } from './collaboration.ts'
import { OFFLINE_SCORER } from './explanation.ts'
import { JUDGE_SCORER } from './judge.ts'
import { combineWithJudge } from './judge-combine.ts'
import { readTranscript } from '../transcript/repository.ts'
import { workerPool } from '../workers/pool.ts'

/**
 * Code that grows faster than the problem requires loses this share of its correctness points,
 * as the large hidden cases of a timed judge would fail it with a time-limit verdict.
 */
export const SLOWER_THAN_REQUIRED_COST = 0.3

/**
 * Where a complexity claim may come from: the sentences that the explanation scorer kept and
 * found to make a complexity statement, so a claim in keyword stuffing, an injection or a copy
 * earns no consistency points.
 */
function claimSentences(communication: readonly CommunicationSignal[]): string {
  const complexity = communication.find((s) => s.id === 'complexity')
  return complexity?.present ? complexity.evidence.join('\n') : ''
}

const round1 = (x: number) => Math.round(x * 10) / 10

async function gradeCorrectness(
  deps: AppDeps,
  input: ScoreInput,
  flags: ScoreFlag[],
): Promise<CorrectnessScore> {
  try {
    const run = await runSessionCode(deps, {
      user: input.user,
      sessionId: input.session.id,
      problem: input.problem,
      language: input.session.language,
      code: input.session.code,
      mode: 'submit',
      byScorer: true,
      ...(input.signal ? { signal: input.signal } : {}),
    })
    const passed = run.tests.filter((t) => t.passed).length
    return {
      passed,
      total: run.tests.length,
      score: run.tests.length ? passed / run.tests.length : 0,
      max: 1,
    }
  } catch (err) {
    // Code too complex to compile within the pool's limits (or a full pool) fails the whole
    // score with that clear error, rather than a zero that a retry later would not give.
    if (err instanceof AppError && ['input_too_complex', 'worker_busy'].includes(err.code))
      throw err
    flags.push({
      code: 'correctness-unavailable',
      message: `The code could not be graded now (${(err as Error).message}); correctness counts as 0.`,
    })
    return { passed: 0, total: 0, score: 0, max: 1, note: 'The code could not be graded now.' }
  }
}

export async function assembleReport(deps: AppDeps, input: ScoreInput): Promise<ScoreReport> {
  const flags: ScoreFlag[] = []
  const correctness = await gradeCorrectness(deps, input, flags)
  const events = await readTranscript(deps.db, input.session.id)
  const assistantReplies = events
    .filter((e) => e.type === 'assistant_reply')
    .map((e) => String(e.data.text ?? ''))
  // Everything after the reads is CPU work that grows with the input: the worker pool does it.
  const offline = await workerPool().run(
    'scoreOffline',
    {
      explanation: {
        explanation: input.session.explanation,
        rubric: input.problem.rubric,
        statement: input.problem.statement,
        code: input.session.code,
        assistantReplies,
      },
      collaboration: {
        events,
        finalCode: input.session.code,
        explanation: input.session.explanation,
        policy: await policyForSession(deps.db, input.session, input.problem.assistant),
      },
    },
    input.signal ? { signal: input.signal } : {},
  )
  const { explanation, collaboration } = offline
  flags.push(...explanation.flags)
  const { consistency, slower } = await assessConsistency(
    deps,
    input,
    claimSentences(explanation.communication),
  )
  if (slower) {
    flags.push(slower)
    correctness.score *= 1 - SLOWER_THAN_REQUIRED_COST
    correctness.note = `${slower.message} That costs ${Math.round(100 * SLOWER_THAN_REQUIRED_COST)}% of the correctness points, as a time limit on large inputs would.`
  }
  flags.push(...offline.collaborationFlags)
  for (const message of consistency.flags) flags.push({ code: 'complexity-mismatch', message })
  const scorers: ScorerInfo[] = [
    { name: OFFLINE_SCORER.name, version: OFFLINE_SCORER.version },
    { name: COLLABORATION_SCORER.name, version: COLLABORATION_SCORER.version },
  ]

  // With a key, the LLM judge scores the explanation too. When the two agree their mean counts;
  // when they disagree strongly the offline score stands and a mentor is asked to look.
  let explanationFraction = explanation.score
  if (deps.judge) {
    const outcome = await deps.judge({
      rubric: input.problem.rubric,
      statement: input.problem.statement,
      explanation: input.session.explanation,
      code: input.session.code,
      ...(input.signal ? { signal: input.signal } : {}),
    })
    const comparison = combineWithJudge(explanation.criteria, outcome)
    flags.push(...comparison.flags)
    scorers.push({ name: JUDGE_SCORER.name, version: JUDGE_SCORER.version })
    if (comparison.combinedFraction !== null && comparison.judgeFraction !== null) {
      explanationFraction = (explanation.score + comparison.judgeFraction) / 2
    }
  }

  const weights = input.weights ?? DEFAULT_SCORE_WEIGHTS
  // A part with no maximum (not assessed) drops out, and the rest are re-weighted.
  const partsWithWeights: [number, number][] = [
    [explanationFraction, weights.explanation],
    [correctness.max ? correctness.score / correctness.max : 0, weights.correctness],
    ...(consistency.max
      ? [[consistency.score / consistency.max, weights.consistency] as [number, number]]
      : []),
    ...(collaboration.max
      ? [[collaboration.score / collaboration.max, weights.collaboration] as [number, number]]
      : []),
  ]
  const weightSum = partsWithWeights.reduce((s, [, w]) => s + w, 0)
  const total = weightSum
    ? (100 * partsWithWeights.reduce((s, [v, w]) => s + v * w, 0)) / weightSum
    : 0
  return {
    total: round1(Math.min(100, Math.max(0, total))),
    criteria: explanation.criteria,
    correctness,
    consistency,
    collaboration,
    communication: explanation.communication,
    flags,
    scorers,
    weights,
    explanationScore: explanationFraction,
    createdAt: new Date().toISOString(),
  }
}
