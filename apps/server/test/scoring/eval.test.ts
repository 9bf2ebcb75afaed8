// The session scorer against human graders on the dev data, through `scoring eval`'s own path.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateRows } from '../../src/cli/scoring-eval.ts'
import { readScoringRows, scoringDataDir } from '../../src/scoring/data.ts'
import { rubricFromReference, scoreExplanation } from '../../src/scoring/explanation.ts'

const file = path.join(scoringDataDir(), 'mohler2011-dev.jsonl')
const present = existsSync(file)
if (!present) {
  console.warn(
    `scoring eval: skipped, ${file} is absent (the graded data live outside the repository, in ../shared/scoring-data/)`,
  )
}

/**
 * Measured with the committed explanation-model.json, every row scored as a session (no refit):
 * Pearson 0.505, Spearman 0.587 over 1220 rows. The floors sit about 0.025 under. RMSE (2.80 on
 * the 0..5 scale) is not held: explanation scores are low in absolute terms on one-line answers.
 */
const PEARSON_FLOOR = 0.48
const SPEARMAN_FLOOR = 0.56

describe.skipIf(!present)('agreement with human graders on mohler2011-dev', () => {
  it(`keeps the production scorer's Pearson at or above ${PEARSON_FLOOR}`, () => {
    const rows = readScoringRows(file)
    const { result, predicted } = evaluateRows(rows)
    console.log(`scoring eval: ${JSON.stringify(result)}`)

    // The figures are the session scorer's: each prediction is scoreExplanation with the shipped
    // model, the question as the statement and the reference as the rubric.
    for (const i of [0, 1, Math.floor(rows.length / 2), rows.length - 1]) {
      const row = rows[i]
      if (!row) throw new Error(`no row ${i}`)
      const session = scoreExplanation({
        explanation: row.answer,
        rubric: rubricFromReference(row.reference),
        statement: row.question,
      })
      expect(predicted[i]).toBeCloseTo(session.score * row.max_score, 10)
    }

    expect(result.n).toBe(1220)
    expect(result.pearson).toBeGreaterThanOrEqual(PEARSON_FLOOR)
    expect(result.spearman).toBeGreaterThanOrEqual(SPEARMAN_FLOOR)
  }, 120_000)
})
