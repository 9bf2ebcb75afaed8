// `pairwise scoring eval FILE.jsonl --json [--cv K] [--predictions OUT.jsonl]`: the session scorer against human grades.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { CriterionScore, ProblemDefinition } from '@pairwise/shared'
import { readScoringRows, type ScoringRow } from '../scoring/data.ts'
import { agreement, type Agreement } from '../scoring/eval.ts'
import { auc, crossValidate, fitRowOfItem, itemFromRow, scoreItem } from '../scoring/evaluate.ts'
import type { FitRow } from '../scoring/fit.ts'
import {
  externalDataFile,
  loadGradedSource,
  problemDisjointModels,
  readExternalSource,
} from '../scoring/fit-data.ts'
import type { GradedReport } from '../scoring/graded-eval.ts'
import { CliError, printJson } from './output.ts'

const GRADED_USAGE =
  'usage: pairwise scoring graded [--json] [--grades DIR] [--rows] [--cv [--data FILE.jsonl]]'
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
 * reference explanation, its sentences the concepts) with the shipped model, or with --cv K by
 * the committed fitting procedure (scoring/fit.ts, `scoring fit`) in each of K question-disjoint
 * folds: fitted on the other questions' rows and the procedure's other sources (`others`, the
 * graded set), then scored.
 */
export function evaluateRows(
  rows: ScoringRow[],
  folds?: number,
  problems: ReadonlyMap<string, ProblemDefinition> = new Map(),
  others: readonly (readonly FitRow[])[] = [],
): { result: EvalResult; predicted: number[]; criteria: (CriterionScore[] | undefined)[] } {
  const items = rows.map((row) => itemFromRow(row, problems))
  const criteria: (CriterionScore[] | undefined)[] = items.map(() => undefined)
  const fractions =
    folds && folds > 1
      ? crossValidate(
          items.map((item) => fitRowOfItem(item)),
          { folds, others },
        ).predictions
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
  // --cv refits by the `scoring fit` procedure, whose other source is the graded set.
  const others = folds ? [(await loadGradedSource()).rows] : []
  const { result, predicted, criteria } = evaluateRows(rows, folds, problems, others)
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
 * `pairwise scoring graded [--json] [--grades DIR] [--rows] [--cv [--data FILE]]`: the graded
 * explanation set of the library scored as sessions are, with the figures of issue 10 (see
 * graded-eval.ts). The shipped model's figures are not out-of-sample (its weights were set with
 * this set in view); --cv adds problem-disjoint ones: each problem scored by the model the
 * `scoring fit` procedure fits without it (on the other problems and the external rows of --data).
 */
export async function scoringGraded(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      grades: { type: 'string' },
      rows: { type: 'boolean', default: false },
      cv: { type: 'boolean', default: false },
      data: { type: 'string' },
    },
  })
  if (values.data && !values.cv) throw new CliError(`--data goes with --cv\n${GRADED_USAGE}`)
  const { GRADED_DIR, loadGradedExplanations, loadLibrary } = await import('@pairwise/problems')
  const { evaluateGraded, readGrades } = await import('../scoring/graded-eval.ts')
  const [rows, library] = await Promise.all([loadGradedExplanations(), loadLibrary()])
  const grades = readGrades(values.grades ?? GRADED_DIR)
  const shipped = evaluateGraded(rows, library.problems, grades)
  const reports: Record<string, GradedReport> = { shipped }
  if (values.cv) {
    let external
    try {
      external = readExternalSource(values.data ?? externalDataFile())
    } catch (err) {
      throw new CliError(`${err instanceof Error ? err.message : String(err)}\n${GRADED_USAGE}`)
    }
    const { gradedSource } = await import('../scoring/fit-data.ts')
    const graded = gradedSource(rows, library.problems, grades, [])
    reports.cv = evaluateGraded(
      rows,
      library.problems,
      grades,
      problemDisjointModels(graded, external),
    )
  }
  const shown = Object.fromEntries(
    Object.entries(reports).map(([key, report]) => [
      key,
      values.rows ? report : { ...report, rows: undefined },
    ]),
  )
  const out = values.cv ? shown : shown.shipped
  if (values.json) {
    printJson(out)
  } else {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  }
  return 0
}
