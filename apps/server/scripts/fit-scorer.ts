// Fits the offline grade model on the human-graded dev data with question-disjoint CV, and writes it.
// Run: node_modules/.bin/tsx apps/server/scripts/fit-scorer.ts [--write]
// The data stay in ../shared/scoring-data/; only the fitted numbers go into the repository.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { agreement, type Agreement } from '../src/scoring/eval.ts'
import { FEATURE_NAMES, contentTokens, tokenFeatures } from '../src/scoring/features.ts'
import { fitRidge, groupKFold, predictLinear, type LinearModel } from '../src/scoring/regression.ts'
import { questionWords, type SimilarityOptions } from '../src/scoring/similarity.ts'
import { readScoringRows, scoringDataDir, type ScoringRow } from '../src/scoring/data.ts'
import type { Token } from '../src/scoring/text.ts'

const FOLDS = 10
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3]
const GRID: SimilarityOptions[] = []
for (const questionWeight of [0, 0.2, 0.5]) {
  for (const idfPower of [0, 0.5, 1]) {
    for (const embeddingFloor of [0.5, 0.6, 0.7, 0.8]) {
      GRID.push({ questionWeight, idfPower, embeddingFloor })
    }
  }
}

interface Prepared {
  row: ScoringRow
  question: Set<string>
  reference: Token[]
  answer: Token[]
}

function prepare(rows: ScoringRow[]): Prepared[] {
  const cache = new Map<string, Token[]>()
  const tokens = (text: string) => {
    let t = cache.get(text)
    if (!t) {
      t = contentTokens(text)
      cache.set(text, t)
    }
    return t
  }
  return rows.map((row) => ({
    row,
    question: questionWords(tokens(row.question)),
    reference: tokens(row.reference),
    answer: tokens(row.answer),
  }))
}

function crossValidate(
  x: number[][],
  y: number[],
  folds: number[],
  lambda: number,
): { predictions: number[]; models: LinearModel[] } {
  const predictions = new Array<number>(y.length).fill(0)
  const models: LinearModel[] = []
  for (let f = 0; f < FOLDS; f++) {
    const trainX = x.filter((_, i) => folds[i] !== f)
    const trainY = y.filter((_, i) => folds[i] !== f)
    const model = fitRidge(trainX, trainY, lambda)
    models.push(model)
    x.forEach((row, i) => {
      if (folds[i] === f) predictions[i] = clamp01(predictLinear(model, row))
    })
  }
  return { predictions, models }
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v))

function metrics(rows: ScoringRow[], fractions: number[]): Agreement {
  return agreement(
    fractions.map((p, i) => p * (rows[i]?.max_score ?? 5)),
    rows.map((r) => r.score),
    rows.map((r) => r.max_score),
  )
}

function round(a: Agreement): Agreement {
  const r = (v: number) => Math.round(v * 1000) / 1000
  return { n: a.n, pearson: r(a.pearson), spearman: r(a.spearman), rmse: r(a.rmse), qwk: r(a.qwk) }
}

function main(): void {
  const write = process.argv.includes('--write')
  const file = path.join(scoringDataDir(), 'mohler2011-dev.jsonl')
  const rows = readScoringRows(file)
  const started = performance.now()
  const prepared = prepare(rows)
  const y = rows.map((r) => r.score / r.max_score)
  const folds = groupKFold(
    rows.map((r) => r.question_id ?? r.question),
    FOLDS,
  )
  console.error(`prepared ${rows.length} rows in ${Math.round(performance.now() - started)} ms`)

  const featureCache = new Map<string, number[][]>()
  const featuresFor = (options: SimilarityOptions) => {
    const key = JSON.stringify(options)
    let x = featureCache.get(key)
    if (!x) {
      x = prepared.map((p) => tokenFeatures(p.question, p.reference, p.answer, options))
      featureCache.set(key, x)
    }
    return x
  }

  // Choose the similarity options and lambda by question-disjoint CV Pearson.
  let best: { options: SimilarityOptions; lambda: number; cv: Agreement } | undefined
  for (const options of GRID) {
    const x = featuresFor(options)
    for (const lambda of LAMBDAS) {
      const { predictions } = crossValidate(x, y, folds, lambda)
      const cv = metrics(rows, predictions)
      if (!best || cv.pearson > best.cv.pearson) best = { options, lambda, cv }
    }
  }
  if (!best) throw new Error('empty grid')
  console.error('best', JSON.stringify({ ...best, cv: round(best.cv) }))

  // Nested CV: choose options in the inner folds only, to report an unbiased figure.
  const nested = new Array<number>(y.length).fill(0)
  for (let f = 0; f < FOLDS; f++) {
    const trainIdx = y.map((_, i) => i).filter((i) => folds[i] !== f)
    const innerFolds = groupKFold(
      trainIdx.map((i) => rows[i]?.question_id ?? ''),
      FOLDS - 1,
    )
    const trainRows = trainIdx.map((i) => rows[i] as ScoringRow)
    let inner: { options: SimilarityOptions; lambda: number; pearson: number } | undefined
    for (const options of GRID) {
      const x = featuresFor(options)
      const tx = trainIdx.map((i) => x[i] as number[])
      const ty = trainIdx.map((i) => y[i] as number)
      for (const lambda of LAMBDAS) {
        const predictions = new Array<number>(ty.length).fill(0)
        for (let g = 0; g < FOLDS - 1; g++) {
          const model = fitRidge(
            tx.filter((_, i) => innerFolds[i] !== g),
            ty.filter((_, i) => innerFolds[i] !== g),
            lambda,
          )
          tx.forEach((row, i) => {
            if (innerFolds[i] === g) predictions[i] = clamp01(predictLinear(model, row))
          })
        }
        const p = metrics(trainRows, predictions).pearson
        if (!inner || p > inner.pearson) inner = { options, lambda, pearson: p }
      }
    }
    if (!inner) continue
    const x = featuresFor(inner.options)
    const model = fitRidge(
      trainIdx.map((i) => x[i] as number[]),
      trainIdx.map((i) => y[i] as number),
      inner.lambda,
    )
    x.forEach((row, i) => {
      if (folds[i] === f) nested[i] = clamp01(predictLinear(model, row))
    })
  }
  const nestedCv = metrics(rows, nested)

  const x = featuresFor(best.options)
  const model = fitRidge(x, y, best.lambda)
  const overall = metrics(
    rows,
    x.map((row) => clamp01(predictLinear(model, row))),
  )
  const result = {
    version: '1',
    fittedOn: 'mohler2011-dev.jsonl (UNT CS short answers v2.0, dev questions), ridge on score/max',
    features: FEATURE_NAMES,
    options: best.options,
    lambda: best.lambda,
    intercept: model.intercept,
    coefficients: model.coefficients,
    evaluation: {
      overall: round(overall),
      questionDisjointCv: round(best.cv),
      nestedQuestionDisjointCv: round(nestedCv),
      folds: FOLDS,
    },
  }
  console.log(JSON.stringify(result, null, 2))
  console.error(`done in ${Math.round(performance.now() - started)} ms`)
  if (write) {
    const out = path.resolve(import.meta.dirname, '../src/scoring/grade-model.json')
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    console.error(`wrote ${out}`)
  }
}

main()
