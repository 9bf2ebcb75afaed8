// The offline scorer against human graders on the dev data; a drop below the floor fails CI.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScoringRows } from '../../src/scoring/data.ts'
import { agreement } from '../../src/scoring/eval.ts'
import { predictScore } from '../../src/scoring/grade.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../../..')
const file = path.join(path.resolve(repoRoot, '../shared/scoring-data'), 'mohler2011-dev.jsonl')
const present = existsSync(file)
if (!present) {
  console.warn(`scoring eval: skipped, ${file} is absent (the graded data live outside the repo)`)
}

/** Measured with the committed model (fit on all dev questions): Pearson 0.619; floor 0.02 under. */
const PEARSON_FLOOR = 0.599

describe.skipIf(!present)('agreement with human graders on mohler2011-dev', () => {
  it(`keeps Pearson at or above ${PEARSON_FLOOR}`, () => {
    const rows = readScoringRows(file)
    const predicted = rows.map((r) =>
      predictScore({
        question: r.question,
        reference: r.reference,
        answer: r.answer,
        maxScore: r.max_score,
      }),
    )
    const result = agreement(
      predicted,
      rows.map((r) => r.score),
      rows.map((r) => r.max_score),
    )
    console.log(`scoring eval: ${JSON.stringify(result)}`)
    expect(result.n).toBe(1220)
    expect(result.pearson).toBeGreaterThanOrEqual(PEARSON_FLOOR)
    expect(result.rmse).toBeLessThan(1.096)
  })
})
