// Measures the runner: one graded run of a typical problem, sandboxed and bare, and queue throughput.
// Run with `node_modules/.bin/tsx apps/server/bench/runner.bench.ts`; prints one JSON object a line.
import type { TestCase } from '@pairwise/shared'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createLocalRunner,
  createSandboxRunner,
  detectSandbox,
  resolveRunnerOptions,
  RunQueue,
  type Runner,
  type RunRequest,
} from '../src/runner/index.ts'
import { harnessCommand } from '../src/runner/interpreters.ts'
import { writeJob } from '../src/runner/job.ts'
import { resolveLimits } from '../src/runner/limits.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const CLIENTS = 8
const RUNS_PER_CLIENT = Number(process.env.BENCH_RUNS_PER_CLIENT ?? 6)

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const problemDir = [
  path.join(repoRoot, 'packages/problems/problems/ndcg-at-k'),
  '/work/shared/examples/ndcg-at-k',
].find((dir) => existsSync(path.join(dir, 'tests.json')))
if (problemDir === undefined) throw new Error('no ndcg-at-k problem folder found')

const cases = (
  JSON.parse(readFileSync(path.join(problemDir, 'tests.json'), 'utf8')) as {
    cases: TestCase[]
  }
).cases
const requests: Record<'python' | 'typescript', RunRequest> = {
  python: {
    language: 'python',
    code: readFileSync(path.join(problemDir, 'solution.py'), 'utf8'),
    functionName: 'ndcg_at_k',
    cases,
  },
  typescript: {
    language: 'typescript',
    code: readFileSync(path.join(problemDir, 'solution.ts'), 'utf8'),
    functionName: 'ndcgAtK',
    cases,
  },
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) }
}

async function timeRuns(runner: Runner, request: RunRequest) {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    const result = await runner.run(request)
    samples.push(performance.now() - started)
    if (result.status !== 'passed') throw new Error(`expected a pass, got ${result.status}`)
  }
  return summary(samples)
}

/** The same Python harness and job, started by a plain /usr/bin/python3: no bwrap, no rlimits. */
async function timeBarePython() {
  const options = resolveRunnerOptions({ runAs: null })
  const job = await writeJob({
    workDir: os.tmpdir(),
    mountPoint: null,
    codeFileName: 'solution.py',
    displayName: 'solution.py',
    code: requests.python.code,
    functionName: 'ndcg_at_k',
    cases: cases.flatMap((testCase, index) =>
      'args' in testCase ? [{ kind: 'function' as const, index, args: testCase.args }] : [],
    ),
    owner: null,
  })
  const [command, ...args] = harnessCommand('python', options, job.jobPath, resolveLimits({}))
  const samples: number[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      await new Promise<void>((resolve, reject) => {
        const child = spawn(command ?? '', args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] })
        child.stdio[3]?.resume()
        child.on('error', reject)
        child.on('close', () => resolve())
      })
      samples.push(performance.now() - started)
    }
  } finally {
    await job.remove()
  }
  return summary(samples)
}

async function throughput(runner: Runner) {
  const queue = new RunQueue(runner)
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; i < RUNS_PER_CLIENT; i++) {
        const sent = performance.now()
        await queue.run(`client-${client}`, requests.python)
        latencies.push(performance.now() - sent)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return {
    clients: CLIENTS,
    concurrency: queue.concurrency,
    ...summary(latencies),
    runsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
  }
}

function print(bench: string, figures: object) {
  console.log(JSON.stringify({ bench, ...figures }))
}

const check = await detectSandbox()
if (!check.ok) throw new Error(`the sandbox does not work here: ${check.reason}`)
const sandbox = createSandboxRunner(resolveRunnerOptions())
const local = createLocalRunner(resolveRunnerOptions())
const problem = path.basename(problemDir)

const bare = await timeBarePython()
print('python harness, bare /usr/bin/python3', { problem, ...bare })
const sandboxed = await timeRuns(sandbox, requests.python)
print('python graded run, sandbox', {
  problem,
  ...sandboxed,
  overheadMedianMs: Math.round((sandboxed.medianMs - bare.medianMs) * 10) / 10,
})
// Hidden cases run in a second sandboxed process (runner/hidden-cases.ts): its cost is a graded
// run's time against the same run of the visible cases alone, which takes one process.
for (const language of ['python', 'typescript'] as const) {
  const visibleOnly = await timeRuns(sandbox, {
    ...requests[language],
    cases: cases.filter((testCase) => testCase.visible),
  })
  const graded = await timeRuns(sandbox, requests[language])
  print(`${language} hidden-case process, sandbox`, {
    problem,
    visibleOnlyMedianMs: visibleOnly.medianMs,
    gradedMedianMs: graded.medianMs,
    addedMedianMs: Math.round((graded.medianMs - visibleOnly.medianMs) * 10) / 10,
    ratio: Math.round((graded.medianMs / visibleOnly.medianMs) * 100) / 100,
  })
}
print('python graded run, local runner', { problem, ...(await timeRuns(local, requests.python)) })
print('typescript graded run, sandbox', {
  problem,
  ...(await timeRuns(sandbox, requests.typescript)),
})
print('throughput, python via RunQueue, sandbox', await throughput(sandbox))
