// What a required library costs a graded run: a trivial function that imports nothing, numpy,
// scipy, pandas, sklearn or torch, graded through the real sandbox runner (a visible and a hidden
// process) under the limits of a problem that requires it. "cold": each process imports the
// library itself. "warm": the run names the library (RunRequest.requires), so a run of a slow one
// takes processes started ahead with it imported; runs come BENCH_PAUSE_MS apart (default 10 s),
// the time the pool has to start the next ones: on a busy machine starting PyTorch twice takes
// 5-10 s, and a run that comes sooner waits for it.
// `pnpm bench python-libraries`; BENCH_RUNS sets the runs per library and mode (default 12),
// BENCH_LIBRARIES a comma-separated subset.
import { PYTHON_PACKAGES, type PythonPackage, type TestCase } from '@pairwise/shared'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { limitsForProblem } from '../src/problems/limits.ts'
import {
  createSandboxRunner,
  detectSandbox,
  resolveRunnerOptions,
  type RunRequest,
} from '../src/runner/index.ts'
import { wantsWarmStart } from '../src/runner/warm-pool.ts'

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 12))
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 10_000)
/** BENCH_LIBRARIES=torch,pandas measures only those (and the run that imports nothing). */
const ONLY = (process.env.BENCH_LIBRARIES ?? '').split(',').filter(Boolean)
const PYTHON = '/usr/bin/python3'

const cases: TestCase[] = [
  { name: 'visible', args: [2], expected: 4, visible: true },
  { name: 'hidden', args: [3], expected: 6, visible: false },
]

function request(library: PythonPackage | null, warm: boolean): RunRequest {
  const code = `${library ? `import ${library}\n\n` : ''}def twice(x):\n    return 2 * x\n`
  return {
    language: 'python',
    code,
    functionName: 'twice',
    cases,
    limits: limitsForProblem(
      { timeLimitMs: 2_000, memoryMb: undefined, requires: library ? [library] : [] },
      'python',
    ),
    ...(warm && library ? { requires: [library] } : {}),
  }
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const round = (ms: number) => Math.round(ms)
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) }
}

/** The import alone in a bare host Python (no sandbox), as `-X importtime` would see it. */
function bareImportMs(library: PythonPackage): number {
  const script = `import time; t = time.perf_counter(); import ${library}; print((time.perf_counter() - t) * 1000)`
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const run = spawnSync(PYTHON, ['-I', '-c', script], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' },
    })
    samples.push(Number(run.stdout.trim()))
  }
  return summary(samples).medianMs
}

function importable(library: PythonPackage): boolean {
  return spawnSync(PYTHON, ['-c', `import ${library}`], { stdio: 'ignore' }).status === 0
}

const check = await detectSandbox()
if (!check.ok) throw new Error(`the sandbox does not work here: ${check.reason}`)
const sandbox = createSandboxRunner(resolveRunnerOptions())

async function timeGraded(library: PythonPackage | null, warm = false) {
  const samples: number[] = []
  // One unmeasured run first: the page cache holds the library's files from then on, as it does
  // on a server that has served a run before (and the warm pool starts keeping processes).
  for (let i = 0; i <= RUNS; i++) {
    if (warm) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
    const started = performance.now()
    const result = await sandbox.run(request(library, warm))
    if (i > 0) samples.push(performance.now() - started)
    if (result.status !== 'passed') {
      throw new Error(
        `${library ?? 'none'}: expected a pass, got ${result.status}: ${result.error ?? result.tests[0]?.error ?? ''}`,
      )
    }
  }
  return summary(samples)
}

const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10
const base = await timeGraded(null)
console.log(
  JSON.stringify({
    bench: 'python graded run, sandbox',
    library: 'none',
    ...base,
    loadAverage: loadAverage(),
  }),
)
for (const library of PYTHON_PACKAGES.filter((name) => !ONLY.length || ONLY.includes(name))) {
  if (!importable(library)) {
    console.log(
      JSON.stringify({ bench: 'python graded run, sandbox', library, skipped: 'not installed' }),
    )
    continue
  }
  const cold = await timeGraded(library)
  console.log(
    JSON.stringify({
      bench: 'python graded run, sandbox',
      library,
      start: 'cold',
      ...cold,
      overheadMedianMs: cold.medianMs - base.medianMs,
      bareImportMedianMs: bareImportMs(library),
      loadAverage: loadAverage(),
    }),
  )
  if (!wantsWarmStart([library])) continue
  const warm = await timeGraded(library, true)
  console.log(
    JSON.stringify({
      bench: 'python graded run, sandbox',
      library,
      start: 'warm',
      pauseMs: PAUSE_MS,
      ...warm,
      overheadMedianMs: warm.medianMs - base.medianMs,
      loadAverage: loadAverage(),
    }),
  )
}
