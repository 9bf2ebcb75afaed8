// `pairwise scoring eval FILE.jsonl --json [--predictions OUT.jsonl]`: the offline scorer against human grades.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readScoringRows } from '../scoring/data.ts'
import { agreement } from '../scoring/eval.ts'
import { predictScore } from '../scoring/grade.ts'
import { CliError, printJson } from './output.ts'

/** Prints `{n, pearson, spearman, rmse, qwk}`; returns the exit code. */
export async function scoringEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      predictions: { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file || positionals.length > 1) {
    throw new CliError('usage: pairwise scoring eval FILE.jsonl --json [--predictions OUT.jsonl]')
  }
  let rows
  try {
    rows = readScoringRows(file)
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
  }
  const predicted = rows.map((row) =>
    predictScore({
      question: row.question,
      reference: row.reference,
      answer: row.answer,
      maxScore: row.max_score,
    }),
  )
  if (values.predictions) {
    const lines = rows.map((row, i) => JSON.stringify({ id: row.id, predicted: predicted[i] }))
    writeFileSync(values.predictions, lines.length > 0 ? `${lines.join('\n')}\n` : '')
  }
  const result = agreement(
    predicted,
    rows.map((r) => r.score),
    rows.map((r) => r.max_score),
  )
  if (values.json) {
    printJson(result)
  } else {
    const f = (v: number) => v.toFixed(3)
    process.stdout.write(
      `n=${result.n} pearson=${f(result.pearson)} spearman=${f(result.spearman)} rmse=${f(result.rmse)} qwk=${f(result.qwk)}\n`,
    )
  }
  return 0
}
