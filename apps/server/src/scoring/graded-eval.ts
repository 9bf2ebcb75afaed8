// The graded explanation set through the session scorer: ordering, wrong-beats-right pairs, guard false positives, garbage, advice.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ProblemDefinition } from '@pairwise/shared'
import type { GradedExplanation } from '@pairwise/problems'
import { pearson, quadraticWeightedKappa, spearman } from './eval.ts'
import { scoreExplanation, type ExplanationScore } from './explanation.ts'
import { EXPLANATION_MODEL, type ExplanationModel } from './explanation-model.ts'
import { analyse } from './text.ts'

/** Levels written as garbage: they must score near nothing. */
export const GARBAGE_LEVELS = ['padding', 'keyword-stuffing', 'statement', 'injection'] as const
/** Levels written as honest attempts: a guard that fires on one of them is a false positive. */
export const HONEST_LEVELS = [
  'excellent',
  'good',
  'terse',
  'missing-key-idea',
  'partially-wrong',
  'fluent-wrong',
] as const
/** Levels written as correct explanations: any contradiction found in one of them is a false one. */
export const CORRECT_LEVELS = ['excellent', 'good', 'terse'] as const
/** Levels written with technically wrong claims in them. */
export const WRONG_LEVELS = ['fluent-wrong', 'partially-wrong'] as const
/** Flags raised by guards (as opposed to notes such as complexity mismatches). */
export const GUARDS = [
  'hidden-characters',
  'injected-instructions',
  'keyword-list',
  'repeated-sentences',
  'copied-from-statement',
  'copied-from-assistant',
  'matches-reference',
  'empty-explanation',
] as const

/** One grader's grade of one row: points per criterion on the rubric's weight×100 scale. */
export interface Grade {
  id: string
  criteria: Record<string, number>
  total: number
}

export function parseGrades(text: string): Grade[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Grade)
}

/** grades-1.jsonl and grades-2.jsonl beside the set, when the graders have delivered them. */
export function readGrades(dir: string): Grade[][] {
  return ['grades-1.jsonl', 'grades-2.jsonl']
    .map((name) => path.join(dir, name))
    .filter((file) => existsSync(file))
    .map((file) => parseGrades(readFileSync(file, 'utf8')))
}

export interface GradedRowResult {
  id: string
  slug: string
  level: string
  score: number
  /** Mean of the graders' totals, when there are grades. */
  human?: number
  flags: string[]
  /** Concepts the advice asks for although a sentence of the text has all their words. */
  wrongAdvice: string[]
  /** Contradictions and stated misconceptions the report shows. */
  contradictions: number
}

export interface GradedReport {
  n: number
  model: string
  /** Which figures these are: the shipped model's (in-sample) or problem-disjoint CV ones. */
  figures: string
  /** Per problem, Spearman of the scores with the mean human grade (or with the level proxy). */
  spearmanByProblem: Record<string, number>
  spearmanSource: 'grades' | 'level-proxy'
  minSpearman: number
  /** Pairs of one problem where a row graded ≥ 20 lower scores > 3 higher. */
  wrongBeatsRight: { lower: string; higher: string; gap: number }[]
  /** Per guard, the share of honest rows it fired on. */
  guardFalsePositive: Record<string, number>
  garbageMax: number
  garbageMean: number
  meanByLevel: Record<string, number>
  /** Advice that asked for a concept the text states word for word. */
  wrongAdvice: number
  /** Share of the correct rows (CORRECT_LEVELS) shown with a contradiction: false contradictions. */
  contradictionFalsePositive: number
  /** Share of the rows written with wrong claims (WRONG_LEVELS) shown with a contradiction. */
  contradictionFound: number
  graders?: { n: number; pearson: number; qwk: number }
  /** The criterion whose scores agree least with the human grades (or the level proxy). */
  weakestCriterion?: { id: string; meanAbsError?: number; spearman?: number }
  rows: GradedRowResult[]
}

function figuresOf(model: ExplanationModel | ((slug: string) => ExplanationModel)): string {
  if (typeof model === 'function') {
    return 'problem-disjoint CV: each problem scored by the model the fitting procedure (scoring fit) fits without it'
  }
  if (model !== EXPLANATION_MODEL) return 'the model given'
  return Array.isArray(model.fit?.fittedOn)
    ? 'shipped model, in-sample: the graded set is part of its training data'
    : 'shipped model, hand-set weights chosen with this set in view: not out-of-sample'
}

/** The level proxy of a human ordering, used only until graders' grades exist. */
const LEVEL_RANK: Record<string, number> = {
  excellent: 9,
  good: 8,
  terse: 6,
  'missing-key-idea': 6,
  'partially-wrong': 5,
  'fluent-wrong': 2,
  injection: 1,
  padding: 0,
  'keyword-stuffing': 0,
  statement: 0,
}

function wrongAdviceOf(text: string, result: ExplanationScore): string[] {
  // A concept is plainly stated when one sentence holds every one of its content stems.
  const sentences = analyse(text).map((s) => new Set(s.content.map((t) => t.stem)))
  const out: string[] = []
  for (const c of result.criteria) {
    for (const concept of c.missing ?? []) {
      const stems = analyse(concept).flatMap((s) => s.content.map((t) => t.stem))
      if (stems.length > 0 && sentences.some((s) => stems.every((st) => s.has(st)))) {
        out.push(concept)
      }
    }
  }
  return out
}

/**
 * Scores every row of the graded set as a session of its problem would be scored, and measures
 * the figures of issue 10. With grades, the ordering is the graders' mean total; without, the
 * level proxy (reported as such).
 */
export function evaluateGraded(
  rows: readonly GradedExplanation[],
  problems: readonly ProblemDefinition[],
  grades: Grade[][] = [],
  model: ExplanationModel | ((slug: string) => ExplanationModel) = EXPLANATION_MODEL,
): GradedReport {
  const modelFor = typeof model === 'function' ? model : () => model
  const bySlug = new Map(problems.map((p) => [p.slug, p]))
  const gradeOf = (id: string): number | undefined => {
    const totals = grades.flatMap((g) => g.filter((r) => r.id === id).map((r) => r.total))
    return totals.length === 0 ? undefined : totals.reduce((s, v) => s + v, 0) / totals.length
  }
  const criterionGradeOf = (id: string, criterion: string): number | undefined => {
    const points = grades.flatMap((g) =>
      g.filter((r) => r.id === id).map((r) => r.criteria[criterion]),
    )
    const known = points.filter((p): p is number => typeof p === 'number')
    return known.length === 0 ? undefined : known.reduce((s, v) => s + v, 0) / known.length
  }
  const results: (GradedRowResult & { criteria: ExplanationScore['criteria'] })[] = []
  for (const row of rows) {
    const problem = bySlug.get(row.slug)
    if (!problem) continue
    const result = scoreExplanation(
      { explanation: row.text, rubric: problem.rubric, statement: problem.statement },
      modelFor(row.slug),
    )
    const human = gradeOf(row.id)
    results.push({
      id: row.id,
      slug: row.slug,
      level: row.level,
      score: Math.round(result.score * 1000) / 10,
      ...(human === undefined ? {} : { human }),
      flags: result.flags.map((f) => f.code),
      wrongAdvice: wrongAdviceOf(row.text, result),
      contradictions: result.criteria.reduce((s, c) => s + (c.contradictions?.length ?? 0), 0),
      criteria: result.criteria,
    })
  }
  const useGrades = results.length > 0 && results.every((r) => r.human !== undefined)
  const target = (r: GradedRowResult) => (useGrades ? (r.human ?? 0) : (LEVEL_RANK[r.level] ?? 0))

  const spearmanByProblem: Record<string, number> = {}
  const wrongBeatsRight: GradedReport['wrongBeatsRight'] = []
  for (const slug of new Set(results.map((r) => r.slug))) {
    const mine = results.filter((r) => r.slug === slug)
    spearmanByProblem[slug] =
      Math.round(
        spearman(
          mine.map((r) => r.score),
          mine.map(target),
        ) * 1000,
      ) / 1000
    if (!useGrades) continue
    for (const a of mine) {
      for (const b of mine) {
        if ((a.human ?? 0) - (b.human ?? 0) >= 20 && b.score - a.score > 3) {
          wrongBeatsRight.push({ lower: b.id, higher: a.id, gap: b.score - a.score })
        }
      }
    }
  }

  const honest = results.filter((r) => (HONEST_LEVELS as readonly string[]).includes(r.level))
  const guardFalsePositive: Record<string, number> = {}
  for (const guard of GUARDS) {
    const fired = honest.filter((r) => r.flags.includes(guard)).length
    guardFalsePositive[guard] =
      honest.length === 0 ? 0 : Math.round((fired / honest.length) * 1000) / 1000
  }
  const garbage = results.filter((r) => (GARBAGE_LEVELS as readonly string[]).includes(r.level))
  const meanByLevel: Record<string, number> = {}
  for (const level of new Set(results.map((r) => r.level))) {
    const of = results.filter((r) => r.level === level)
    meanByLevel[level] = Math.round((of.reduce((s, r) => s + r.score, 0) / of.length) * 10) / 10
  }

  let graders: GradedReport['graders']
  if (grades.length === 2) {
    const [g1, g2] = grades as [Grade[], Grade[]]
    const second = new Map(g2.map((g) => [g.id, g.total]))
    const pairs = g1.filter((g) => second.has(g.id))
    const a = pairs.map((g) => g.total)
    const b = pairs.map((g) => second.get(g.id) ?? 0)
    graders = {
      n: pairs.length,
      pearson: Math.round(pearson(a, b) * 1000) / 1000,
      qwk:
        Math.round(
          quadraticWeightedKappa(
            a.map((v) => v / 10),
            b.map((v) => v / 10),
            10,
          ) * 1000,
        ) / 1000,
    }
  }

  // The weakest criterion: with grades, the largest mean absolute error (as a share of the
  // criterion's points); without, the lowest Spearman of its share with the level proxy.
  const criterionIds = [...new Set(results.flatMap((r) => r.criteria.map((c) => c.id)))]
  let weakest: GradedReport['weakestCriterion']
  for (const id of criterionIds) {
    const scored = results.flatMap((r) => {
      const c = r.criteria.find((x) => x.id === id)
      return c ? [{ r, share: c.score / c.max, max: c.max }] : []
    })
    if (useGrades) {
      const errors = scored.flatMap(({ r, share, max }) => {
        const human = criterionGradeOf(r.id, id)
        return human === undefined ? [] : [Math.abs(share - human / max)]
      })
      if (errors.length === 0) continue
      const mae = errors.reduce((s, v) => s + v, 0) / errors.length
      if (!weakest || mae > (weakest.meanAbsError ?? 0)) {
        weakest = { id, meanAbsError: Math.round(mae * 1000) / 1000 }
      }
    } else {
      const rho = spearman(
        scored.map((s) => s.share),
        scored.map((s) => target(s.r)),
      )
      if (!weakest || rho < (weakest.spearman ?? 1)) {
        weakest = { id, spearman: Math.round(rho * 1000) / 1000 }
      }
    }
  }

  const shareContradicted = (levels: readonly string[]) => {
    const of = results.filter((r) => levels.includes(r.level))
    const found = of.filter((r) => r.contradictions > 0).length
    return of.length === 0 ? 0 : Math.round((found / of.length) * 1000) / 1000
  }

  const values = Object.values(spearmanByProblem)
  return {
    n: results.length,
    model: typeof model === 'function' ? 'one per problem' : model.version,
    figures: figuresOf(model),
    spearmanByProblem,
    spearmanSource: useGrades ? 'grades' : 'level-proxy',
    minSpearman: values.length === 0 ? 0 : Math.min(...values),
    wrongBeatsRight,
    guardFalsePositive,
    garbageMax: garbage.length === 0 ? 0 : Math.max(...garbage.map((r) => r.score)),
    garbageMean:
      garbage.length === 0
        ? 0
        : Math.round((garbage.reduce((s, r) => s + r.score, 0) / garbage.length) * 10) / 10,
    meanByLevel,
    wrongAdvice: results.reduce((s, r) => s + r.wrongAdvice.length, 0),
    contradictionFalsePositive: shareContradicted(CORRECT_LEVELS),
    contradictionFound: shareContradicted(WRONG_LEVELS),
    ...(graders ? { graders } : {}),
    ...(weakest ? { weakestCriterion: weakest } : {}),
    rows: results.map(({ criteria: _criteria, ...rest }) => rest),
  }
}
