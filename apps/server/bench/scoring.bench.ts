// Benchmark of the offline scorer: load time, then per-explanation p50/p95 over the dev answers.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { readScoringRows, scoringDataDir } from '../src/scoring/data.ts'
import { scoreExplanation } from '../src/scoring/explanation.ts'
import { warmUpScorer } from '../src/scoring/warm-up.ts'
import {
  assistantReply,
  code,
  rubric,
  statement,
  strong,
} from '../test/scoring/fixtures/ndcg-at-k.ts'

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] ?? 0
}

const round = (v: number) => Math.round(v * 100) / 100

const load = warmUpScorer()
const file = path.join(scoringDataDir(), 'mohler2011-dev.jsonl')
// Without the graded data, the fixture explanation stands in, so the figures still mean something.
const answers = existsSync(file)
  ? readScoringRows(file)
  : [
      {
        question: statement,
        reference: rubric.referenceExplanation,
        answer: strong,
        max_score: 100,
      },
    ]

// Each dev answer is scored as a session's explanation of the ndcg-at-k problem would be, with the
// rubric, the statement, the code and an assistant reply, through the scorer sessions call.
const explanationMs: number[] = []
for (let round = 0; round < 2; round++) {
  for (const row of answers) {
    const started = performance.now()
    scoreExplanation({
      explanation: `${row.answer} ${strong}`.slice(0, 4000),
      rubric,
      statement,
      code,
      assistantReplies: [assistantReply],
    })
    if (round === 1) explanationMs.push(performance.now() - started)
  }
}
explanationMs.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    bench: 'offline-scorer',
    n: explanationMs.length,
    p50Ms: round(percentile(explanationMs, 50)),
    p95Ms: round(percentile(explanationMs, 95)),
    maxMs: round(explanationMs[explanationMs.length - 1] ?? 0),
    loadMs: round(load.totalMs),
    vectorsLoadMs: round(load.vectorsMs),
    wordNetLoadMs: round(load.wordNetMs),
    taggerLoadMs: round(load.taggerMs),
    source: existsSync(file) ? 'mohler2011-dev answers + ndcg-at-k fixture' : 'fixture only',
  }),
)
