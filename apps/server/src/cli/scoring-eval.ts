// `pairwise scoring eval FILE.jsonl --json [--cv K] [--predictions OUT.jsonl]`: the session scorer against human grades.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { CriterionScore, ProblemDefinition } from '@pairwise/shared'
import { readScoringRows, type ScoringRow } from '../scoring/data.ts'
import { agreement, type Agreement } from '../scoring/eval.ts'
import { auc, crossValidate, itemFromRow, scoreItem } from '../scoring/evaluate.ts'
import { CliError, printJson } from './output.ts'

const USAGE =
  'usage: pairwise scoring eval FILE.jsonl --json [--cv K] [--problems DIR] [--predictions OUT.jsonl]'

export interface EvalResult extends Agreement {
  /** With --cv: the number of group-disjoint folds the weights were refitted in. */
  cv?: number
  /** Rows labelled correct against rows labelled contradictory (SemEval's label_3way). */
  contradictoryAuc?: number
  incorrectAuc?: number
}

/**
 * Scores every row as a session is scored (question = statement, reference = the rubric's
 * reference explanation, its sentences the concepts) with the shipped model, or with --cv K
 * with the weights refitted on the other questions' rows in each of K folds.
 */
export function evaluateRows(
  rows: ScoringRow[],
  folds?: number,
  problems: ReadonlyMap<string, ProblemDefinition> = new Map(),
): { result: EvalResult; predicted: number[]; criteria: (CriterionScore[] | undefined)[] } {
  const items = rows.map((row) => itemFromRow(row, problems))
  const criteria: (CriterionScore[] | undefined)[] = items.map(() => undefined)
  const fractions =
    folds && folds > 1
      ? crossValidate(items, { folds, lambda: 0.01 }).predictions
      : items.map((item, i) => {
          const scored = scoreItem(item)
          criteria[i] = scored.criteria
          return scored.score
        })
  const predicted = fractions.map((f, i) => f * (rows[i]?.max_score ?? 1))
  const result: EvalResult = agreement(
    predicted,
    rows.map((r) => r.score),
    rows.map((r) => r.max_score),
  )
  if (folds && folds > 1) result.cv = folds
  const labelled = rows.some((r) => r.label_3way)
  if (labelled) {
    const of = (label: string) => fractions.filter((_, i) => rows[i]?.label_3way === label)
    result.contradictoryAuc = auc(of('correct'), of('contradictory'))
    result.incorrectAuc = auc(of('correct'), of('incorrect'))
  }
  return { result, predicted, criteria }
}

/** Prints `{n, pearson, spearman, rmse, qwk, …}`; returns the exit code. */
export async function scoringEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      predictions: { type: 'string' },
      cv: { type: 'string' },
      problems: { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new CliError(USAGE)
  const folds = values.cv === undefined ? undefined : Number(values.cv)
  if (folds !== undefined && (!Number.isInteger(folds) || folds < 2 || folds > 50)) {
    throw new CliError(`--cv takes a number of folds from 2 to 50\n${USAGE}`)
  }
  let rows
  try {
    rows = readScoringRows(file)
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
  }
  const problems = new Map<string, ProblemDefinition>()
  if (rows.some((r) => r.slug)) {
    const { loadLibrary } = await import('@pairwise/problems')
    const library = await (values.problems ? loadLibrary(values.problems) : loadLibrary())
    for (const p of library.problems) problems.set(p.slug, p)
    const unknown = rows.find((r) => r.slug && !problems.has(r.slug))
    if (unknown) throw new CliError(`row ${unknown.id}: no library problem "${unknown.slug}"`)
  }
  const { result, predicted, criteria } = evaluateRows(rows, folds, problems)
  if (values.predictions) {
    const lines = rows.map((row, i) =>
      JSON.stringify({
        id: row.id,
        predicted: predicted[i],
        ...(criteria[i]
          ? { criteria: criteria[i]?.map((c) => ({ id: c.id, score: c.score, max: c.max })) }
          : {}),
      }),
    )
    writeFileSync(values.predictions, lines.length > 0 ? `${lines.join('\n')}\n` : '')
  }
  if (values.json) {
    printJson(result)
  } else {
    const f = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(3))
    process.stdout.write(
      `n=${result.n} pearson=${f(result.pearson)} spearman=${f(result.spearman)} rmse=${f(result.rmse)} qwk=${f(result.qwk)}` +
        (result.contradictoryAuc === undefined
          ? ''
          : ` auc(correct vs contradictory)=${f(result.contradictoryAuc)}`) +
        (result.cv ? ` cv=${result.cv}` : '') +
        '\n',
    )
  }
  return 0
}

/**
 * `pairwise scoring graded [--json] [--grades DIR] [--rows]`: the graded explanation set of the
 * library scored as sessions are, with the figures of issue 10 (see graded-eval.ts).
 */
export async function scoringGraded(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      grades: { type: 'string' },
      rows: { type: 'boolean', default: false },
    },
  })
  const { GRADED_DIR, loadGradedExplanations, loadLibrary } = await import('@pairwise/problems')
  const { evaluateGraded, readGrades } = await import('../scoring/graded-eval.ts')
  const [rows, library] = await Promise.all([loadGradedExplanations(), loadLibrary()])
  const report = evaluateGraded(rows, library.problems, readGrades(values.grades ?? GRADED_DIR))
  const shown = values.rows ? report : { ...report, rows: undefined }
  if (values.json) {
    printJson(shown)
  } else {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`)
  }
  return 0
}
