// Measures how a solution's running time grows with input size, for the complexity check of scoring.
//
// One sandboxed run per measurement, through the ordinary runner: the growth driver
// (harness/growth-driver.py or .cjs) goes in as a script case. Inside the sandbox it runs the
// problem's generator.py with /usr/bin/python3 in a process of its own, which writes each input
// as JSON into the run's private tmpfs, then times the candidate's function size by size and
// prints each finding on stdout at once. Inputs never pass through the server, and a run killed
// at a large size still reports the sizes before it.
import type { Language, ProblemGenerator, ProblemSignature, ScriptCase } from '@pairwise/shared'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { resolveLimits } from './limits.ts'
import { HARNESS_DIR } from './runner-options.ts'
import type { RunLimits, Runner } from './types.ts'
import { workerPool } from '../workers/pool.ts'
import { MIN_FIT_POINTS, NOISE_FLOOR_SECONDS, type GrowthPoint } from './growth-fit.ts'

export { fitGrowth, NOISE_FLOOR_SECONDS, type GrowthFit, type GrowthPoint } from './growth-fit.ts'

/** Generators are Python whatever the candidate's language, and only the system Python runs them. */
export const GENERATOR_PYTHON = '/usr/bin/python3'

/** Generation and timing together stay within this, so a measurement costs a few seconds at most. */
export const DEFAULT_GROWTH_BUDGET_MS = 3_000

const DEFAULT_REPEATS = 3
/** Batches of fast calls stop at this many calls; past this much input JSON, copies are reused. */
const MAX_BATCH = 5_000
const BATCH_BYTES = 4 * 1024 * 1024
/** V8 optimizes hot code in tiers; the TypeScript driver calls the function this long first. */
const JS_WARM_UP_SECONDS = 0.2
/** So does the JVM, more slowly: the Java harness calls the function this long first. */
const JVM_WARM_UP_SECONDS = 0.5
/** Code too slow for the budget is measured again on sizes down to this, halving from the first. */
const MIN_ADAPTED_SIZE = 8
const ADAPTED_STEPS = 5

const LINE_PREFIX = '@pairwise-growth '

export interface GrowthRequest {
  language: Language
  code: string
  /** The function the problem calls, e.g. ndcg_at_k. */
  functionName: string
  /** The problem's typed signature: Java and C++ are measured by their generated harness. */
  signature?: ProblemSignature
  generator: Pick<ProblemGenerator, 'code' | 'sizes' | 'seed'>
  limits?: Partial<RunLimits>
  signal?: AbortSignal
  /** Timing samples per size; the fastest one counts. */
  repeats?: number
  /** CPU time for timing (generation has its own wall timeout); capped by the run's limits. */
  budgetMs?: number
}

export interface GrowthMeasurement {
  /** The sizes measured, rising; a measurement cut short has fewer than the generator's. */
  sizes: number[]
  /** Seconds per call at each size: the fastest sample. */
  seconds: number[]
  /** The slope of log(time) on log(n), or null when the fit says nothing (see fitGrowth). */
  exponent: number | null
  /** Its 95% confidence interval: the noise of this machine made visible. */
  interval: [number, number] | null
  r2: number | null
  /** The generator's sizes were too slow for the budget, so smaller ones were measured. */
  adapted?: boolean
  /** The first size not measured because the time budget ran out; slow code stops early. */
  stoppedAt?: number
  /** Why the measurement failed or stopped short: an exception, a limit, a broken generator. */
  error?: string
}

const GrowthLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('generated'), seconds: z.number() }),
  z.object({
    type: z.literal('size'),
    n: z.number().int().positive(),
    seconds: z.number().nonnegative(),
    calls: z.number().int().positive(),
    samples: z.number().int().positive(),
  }),
  z.object({ type: z.literal('stopped'), n: z.number().int().positive() }),
  z.object({
    type: z.literal('error'),
    stage: z.enum(['generate', 'call']),
    n: z.number().int().positive().optional(),
    error: z.string(),
  }),
  z.object({ type: z.literal('done') }),
])
type GrowthLine = z.infer<typeof GrowthLine>

/** The driver's lines; anything else on stdout (the candidate's own writes) is ignored. */
function readGrowthLines(stdout: string): GrowthLine[] {
  const lines: GrowthLine[] = []
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(LINE_PREFIX)) continue
    try {
      lines.push(GrowthLine.parse(JSON.parse(line.slice(LINE_PREFIX.length))))
    } catch {
      // A cut-off last line, or a forged one.
    }
  }
  return lines
}

/** The languages whose growth is measured by a driver script in the run. */
const DRIVER_FILES: Partial<Record<Language, string>> = {
  python: 'growth-driver.py',
  typescript: 'growth-driver.cjs',
}
const driverSources = new Map<Language, string>()

function driverSource(language: Language): string {
  let source = driverSources.get(language)
  const file = DRIVER_FILES[language]
  if (file === undefined) throw new Error(`no growth driver for ${language}`)
  if (source === undefined) {
    source = readFileSync(path.join(HARNESS_DIR, file), 'utf8')
    driverSources.set(language, source)
  }
  return source
}

let generateSource: string | undefined

/** growth-generate.py, which a compiled harness writes into its run's folder and starts. */
function generateScript(): string {
  generateSource ??= readFileSync(path.join(HARNESS_DIR, 'growth-generate.py'), 'utf8')
  return generateSource
}

/** The driver with its call appended; the configuration travels as a JSON string literal. */
function growthScript(language: Language, functionName: string, config: object): string {
  // JSON text of a string is a valid string literal in both Python and JavaScript.
  const literal = JSON.stringify(JSON.stringify(config))
  if (language === 'python') {
    return `${driverSource(language)}\n_pairwise_measure_growth(__import__('json').loads(${literal}))\n`
  }
  const lookup = `() => (typeof ${functionName} === 'function' ? ${functionName} : undefined)`
  return `${driverSource(language)}\npairwiseMeasureGrowth(JSON.parse(${literal}), ${lookup})\n`
}

function failed(error: string): GrowthMeasurement {
  return { sizes: [], seconds: [], exponent: null, interval: null, r2: null, error }
}

/**
 * Measures the generator's sizes; when the time budget cut that short before a fit (slow code),
 * measures again on smaller sizes, halving down from the first, so that slow code is measured
 * rather than escaping as "not measured".
 */
export async function measureGrowth(
  runner: Runner,
  request: GrowthRequest,
): Promise<GrowthMeasurement> {
  const first = await measureSizes(runner, request, request.generator.sizes)
  const cutByBudget = first.stoppedAt !== undefined && first.error === undefined
  if (first.exponent !== null || !cutByBudget) return first
  const smallest = request.generator.sizes[0] ?? 0
  const smaller = adaptedSizes(smallest, first.sizes)
  if (smaller.length < MIN_FIT_POINTS) return first
  const second = await measureSizes(runner, request, smaller)
  return second.exponent === null ? first : { ...second, adapted: true }
}

/** Sizes halving down from the first size, then the generator's sizes measured before the cut. */
export function adaptedSizes(smallest: number, measured: number[]): number[] {
  const below: number[] = []
  for (
    let n = Math.floor(smallest / 2);
    n >= MIN_ADAPTED_SIZE && below.length < ADAPTED_STEPS;
    n = Math.floor(n / 2)
  )
    below.unshift(n)
  return [...below, ...measured]
}

async function measureSizes(
  runner: Runner,
  request: GrowthRequest,
  sizes: number[],
): Promise<GrowthMeasurement> {
  const { language, functionName, generator } = request
  if (
    !sizes.every((n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n > (sizes[i - 1] ?? 0)))
  ) {
    return failed('the generator sizes must be rising positive integers')
  }
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName))
    return failed(`not a function name: ${functionName}`)
  const compiled = language === 'java' || language === 'cpp'
  if (!compiled && DRIVER_FILES[language] === undefined) {
    return failed(`growth is not measured for ${language} code`)
  }
  if (compiled && !request.signature) {
    return failed('the problem declares no signature, which Java and C++ need')
  }
  const limits = resolveLimits(request.limits)
  const budgetMs = Math.max(
    200,
    Math.min(
      request.budgetMs ?? DEFAULT_GROWTH_BUDGET_MS,
      0.6 * Math.min(limits.wallMs, limits.cpuSeconds * 1000),
    ),
  )
  const config = {
    prefix: LINE_PREFIX,
    functionName,
    generator: generator.code,
    sizes,
    seed: generator.seed,
    python: GENERATOR_PYTHON,
    budgetSeconds: budgetMs / 1000,
    // Most of the run's wall limit: on a busy machine the CPU budget takes longer to spend.
    wallSeconds: Math.max(budgetMs / 1000, (0.75 * limits.wallMs) / 1000),
    floorSeconds: NOISE_FLOOR_SECONDS,
    repeats: Math.max(1, Math.round(request.repeats ?? DEFAULT_REPEATS)),
    maxBatch: MAX_BATCH,
    warmUpSeconds: language === 'java' ? JVM_WARM_UP_SECONDS : JS_WARM_UP_SECONDS,
    batchBytes: BATCH_BYTES,
  }
  const signal = request.signal === undefined ? {} : { signal: request.signal }
  // Java and C++ are timed inside their own harness, which runs generate.py as the drivers do.
  const result = compiled
    ? await runner.run({
        language,
        code: request.code,
        functionName,
        ...(request.signature ? { signature: request.signature } : {}),
        cases: [],
        growth: { ...config, generateScript: generateScript() },
        limits,
        ...signal,
      })
    : await runner.run({
        language,
        code: request.code,
        functionName,
        cases: [
          {
            name: 'growth measurement',
            language,
            script: growthScript(language, functionName, config),
            expectedOutput: '',
            visible: true,
          } satisfies ScriptCase,
        ],
        limits,
        ...signal,
      })

  // A size may be reported again with a better time (the TypeScript driver's second pass).
  const bySize = new Map<number, GrowthPoint>()
  const errors: string[] = []
  let stoppedAt: number | undefined
  let done = false
  for (const line of readGrowthLines(result.stdout)) {
    if (line.type === 'size') {
      if (sizes.includes(line.n)) {
        bySize.set(line.n, {
          n: line.n,
          seconds: line.seconds,
          sampleSeconds: line.seconds * line.calls,
        })
      }
    } else if (line.type === 'stopped') stoppedAt ??= line.n
    else if (line.type === 'error') {
      errors.push(line.n === undefined ? line.error : `At n=${line.n}: ${line.error}`)
    } else if (line.type === 'done') done = true
  }
  // Sizes are measured in order, so only a prefix of them counts.
  const points: GrowthPoint[] = []
  for (const n of sizes) {
    const point = bySize.get(n)
    if (point === undefined) break
    points.push(point)
  }
  if (!done) {
    const next = sizes[points.length]
    const why = result.error ?? result.tests[0]?.error ?? 'the measurement stopped early'
    errors.push(next === undefined ? why : `${why} (while measuring n=${next})`)
  }
  // Fitted in the worker pool, with the rest of the work whose cost grows with input.
  const fit = await workerPool().run(
    'fitGrowth',
    points,
    request.signal === undefined ? {} : { signal: request.signal },
  )
  return {
    sizes: points.map((p) => p.n),
    seconds: points.map((p) => p.seconds),
    exponent: fit.exponent,
    interval: fit.interval,
    r2: fit.r2,
    ...(stoppedAt === undefined ? {} : { stoppedAt }),
    ...(errors.length === 0 ? {} : { error: errors.join('; ') }),
  }
}
