// `pairwise scoring fit [--json] [--data FILE] [--out MODEL.json]`: fits the explanation model's weights by the committed procedure.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { pearson, spearman } from '../scoring/eval.ts'
import { crossValidate } from '../scoring/evaluate.ts'
import {
  externalDataFile,
  loadGradedSource,
  readExternalSource,
  type FitSource,
} from '../scoring/fit-data.ts'
import {
  fitExplanationWeights,
  GARBAGE_CEILING,
  KEEP_GRID,
  withFit,
  type FitRow,
} from '../scoring/fit.ts'
import { EXPLANATION_MODEL, type ExplanationModel } from '../scoring/explanation-model.ts'
import { CliError, printJson } from './output.ts'

const USAGE = 'usage: pairwise scoring fit [--json] [--data FILE.jsonl] [--out MODEL.json]'
/** Question-disjoint folds of the external rows, as `scoring eval --cv 5` reports them. */
const EXTERNAL_FOLDS = 5

export const FIT_PROCEDURE =
  'pairwise scoring fit (scoring/fit.ts): for each contradictionKeep in ' +
  `${KEEP_GRID.join(', ')}, weights w >= 0 with sum 1 minimising the squared error of ` +
  'a + b*score(w) against the mean human grade (offset and scale dropped after), every ' +
  `padding, keyword-stuffing and statement row held at or under ${GARBAGE_CEILING}, each source ` +
  'weighing half, rows capped for injection left out; the keep with the least error wins. ' +
  'options are not fitted.'

/** Per group, Spearman of predictions with targets: the graded set's per-problem ordering. */
function spearmanByGroup(rows: readonly FitRow[], predictions: readonly number[]): number[] {
  return [...new Set(rows.map((r) => r.group))].map((group) => {
    const mine = rows.flatMap((r, i) => (r.group === group ? [i] : []))
    return spearman(
      mine.map((i) => predictions[i] ?? 0),
      mine.map((i) => rows[i]?.target ?? 0),
    )
  })
}

const round3 = (v: number) => Math.round(v * 1000) / 1000

/**
 * Fits on the external rows and the graded set, and measures the same procedure out of sample:
 * question-disjoint folds of the external rows, one fold per problem of the graded set.
 */
export function fitModel(
  external: FitSource,
  graded: FitSource,
  base: ExplanationModel = EXPLANATION_MODEL,
  date: string = new Date().toISOString().slice(0, 10),
): ExplanationModel {
  const fitted = fitExplanationWeights([external.rows, graded.rows])
  const externalCv = crossValidate(external.rows, {
    folds: EXTERNAL_FOLDS,
    others: [graded.rows],
    base,
  })
  const problems = new Set(graded.rows.map((r) => r.group)).size
  const gradedCv = crossValidate(graded.rows, { folds: problems, others: [external.rows], base })
  const rhos = spearmanByGroup(graded.rows, gradedCv.predictions)
  const { fit: _previous, ...rest } = base
  return {
    ...withFit(rest, fitted),
    fit: {
      procedure: FIT_PROCEDURE,
      date,
      fittedOn: [external, graded].map((s) => ({
        data: s.data,
        rows: s.rows.length,
        groups: new Set(s.rows.map((r) => r.group)).size,
        sha256: s.sha256,
      })),
      crossValidated: {
        [external.data]: {
          folds: `${EXTERNAL_FOLDS}, question-disjoint`,
          pearson: round3(
            pearson(
              externalCv.predictions,
              external.rows.map((r) => r.target),
            ),
          ),
          spearman: round3(
            spearman(
              externalCv.predictions,
              external.rows.map((r) => r.target),
            ),
          ),
        },
        'graded set': {
          folds: `${problems}, one per problem`,
          meanSpearmanByProblem: round3(rhos.reduce((s, v) => s + v, 0) / rhos.length),
          minSpearmanByProblem: round3(Math.min(...rhos)),
        },
      },
    },
  }
}

/** The model file as Prettier writes it: two-space indent, arrays of numbers on one line. */
export function modelJson(model: ExplanationModel): string {
  return `${formatJson(model, '')}\n`
}

function formatJson(value: unknown, indent: string): string {
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`)
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}

export async function scoringFit(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
      out: { type: 'string' },
    },
  })
  if (positionals.length > 0) throw new CliError(USAGE)
  let external: FitSource
  try {
    external = readExternalSource(values.data ?? externalDataFile())
  } catch (err) {
    throw new CliError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`)
  }
  const graded = await loadGradedSource()
  const model = fitModel(external, graded)
  // Writing the shipped model is a decision (see docs/ARCHITECTURE.md), so only when told:
  // --out apps/server/src/scoring/explanation-model.json ships the fit.
  if (values.out) writeFileSync(values.out, modelJson(model))
  if (values.json) {
    printJson(values.out ? { out: values.out, ...model } : model)
  } else {
    process.stdout.write(
      `${values.out ? `wrote ${values.out}: ` : ''}weights ${model.weights.map((w) => w.toFixed(4)).join(' ')}, contradictionKeep ${model.contradictionKeep}\n`,
    )
  }
  return 0
}
