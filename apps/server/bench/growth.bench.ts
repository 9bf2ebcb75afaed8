// Measures the growth measurement: the wall time of one, per problem and language, in the sandbox.
// Run with `node_modules/.bin/tsx apps/server/bench/growth.bench.ts`; prints one JSON object a line.
import { loadLibrary } from '@pairwise/problems'
import { createRunner } from '../src/runner/index.ts'
import { measureGrowth } from '../src/runner/measure-growth.ts'

const PROBLEMS = ['ndcg-at-k', 'iou-nms', 'tfidf-vectors']

const runner = await createRunner('auto')
const { problems } = await loadLibrary()
for (const slug of PROBLEMS) {
  const p = problems.find((candidate) => candidate.slug === slug)
  if (p?.generator === undefined) throw new Error(`${slug} has no generator`)
  for (const language of p.languages) {
    const started = performance.now()
    const measured = await measureGrowth(runner, {
      language,
      code: p.solutions[language] ?? '',
      functionName: p.functionNames[language] ?? '',
      generator: p.generator,
    })
    const line = {
      bench: 'growth-measurement',
      problem: slug,
      language,
      runner: runner.kind,
      ms: Math.round(performance.now() - started),
      exponent: measured.exponent,
      expected: p.generator.expectedComplexity,
      sizes: measured.sizes.length,
      ...(measured.error === undefined ? {} : { error: measured.error }),
    }
    process.stdout.write(`${JSON.stringify(line)}\n`)
  }
}
