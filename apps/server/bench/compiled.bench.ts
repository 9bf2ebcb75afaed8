// Measures graded Java and C++ runs of a medium problem: through the sandbox runner (compile once,
// then the visible and the hidden process), and as the plain javac/java and g++ commands outside
// it, with Debian's defaults and with the same speed-ups the runner uses (class-data archives, a
// precompiled header). The difference from the latter is what the sandbox itself costs.
// Run with `node_modules/.bin/tsx apps/server/bench/compiled.bench.ts`; prints one JSON object a
// line. BENCH_RUNS (default 20) runs of each; BENCH_PROBLEM picks the problem (bm25-inverted-index).
import { loadProblem, LIBRARY_DIR } from '@pairwise/problems'
import type { ProblemDefinition, TestCase } from '@pairwise/shared'
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  compileCommand,
  CPP_SHIM_FILE,
  runCommand,
  type CompiledPaths,
} from '../src/runner/compiled/commands.ts'
import { signatureHarness } from '../src/runner/compiled/harness-cache.ts'
import { cppShimSource } from '../src/runner/compiled/harness-sources.ts'
import { toolchainExtras } from '../src/runner/compiled/toolchain-cache.ts'
import { checkToolchain, type CompiledLanguage } from '../src/runner/compiled/toolchains.ts'
import { LANGUAGE_FILES } from '../src/runner/interpreters.ts'
import { resolveLimits } from '../src/runner/limits.ts'
import {
  createSandboxRunner,
  detectSandbox,
  resolveRunnerOptions,
  type RunRequest,
} from '../src/runner/index.ts'
import { limitsForProblem } from '../src/problems/limits.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const SLUG = process.env.BENCH_PROBLEM ?? 'bm25-inverted-index'

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) }
}

/** Runs a command to its end with fd 3 open (the harness's result channel), drained. */
function exec(command: string[]): Promise<number | null> {
  const [file = '', ...args] = command
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.stdio[3]?.resume()
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${file} exited ${code}: ${stderr.slice(0, 500)}`))
      else resolve(code)
    })
  })
}

/** A job file of some of the cases, as the runner writes one (no expected values). */
async function writeJob(dir: string, name: string, p: ProblemDefinition, cases: TestCase[]) {
  const language = 'java'
  const job = {
    codePath: path.join(dir, LANGUAGE_FILES[language].codeFileName),
    displayName: LANGUAGE_FILES[language].displayName,
    functionName: '',
    arity: p.signature?.params.length ?? 0,
    cases: cases.flatMap((c, index) =>
      'args' in c ? [{ kind: 'function', index, args: c.args }] : [],
    ),
  }
  const file = path.join(dir, name)
  await fs.writeFile(file, JSON.stringify(job))
  return file
}

/** The commands with Debian's defaults: no JVM flags, no archives, no precompiled header. */
function defaultCommands(language: CompiledLanguage, paths: CompiledPaths, codeFileName: string) {
  const { toolchains: tools } = resolveRunnerOptions()
  if (language === 'java') {
    const cp = [...tools.jacksonJars, path.join(paths.signatureDir, 'classes')]
    return {
      compile: [
        'javac',
        '-d',
        paths.buildDir,
        '-cp',
        cp.join(':'),
        path.join(paths.jobDir, codeFileName),
      ],
      run: (job: string) => [
        'java',
        '--add-opens',
        'java.base/java.io=ALL-UNNAMED',
        '-cp',
        [...cp, paths.buildDir].join(':'),
        'PairwiseMain',
        job,
      ],
    }
  }
  return {
    compile: [
      'g++',
      '-std=c++17',
      '-O2',
      '-include',
      path.join(paths.signatureDir, 'pairwise_types.hpp'),
      path.join(paths.jobDir, CPP_SHIM_FILE),
      path.join(paths.signatureDir, 'main.o'),
      '-o',
      path.join(paths.buildDir, 'solution'),
    ],
    run: (job: string) => [path.join(paths.buildDir, 'solution'), job],
  }
}

/**
 * The same graded run as plain commands: compile, then the visible cases' process, then the
 * hidden cases'. `runnerFlags` uses the runner's own commands (its JVM flags, class-data
 * archives, precompiled header); without, Debian's defaults.
 */
async function timePlain(p: ProblemDefinition, language: CompiledLanguage, runnerFlags: boolean) {
  const options = resolveRunnerOptions({ runAs: null })
  const tools = options.toolchains
  const signature = p.signature
  if (!signature) throw new Error(`${p.slug} has no signature`)
  const signatureDir = await signatureHarness(language, signature, tools, options.workDir)
  const toolchainDir = await toolchainExtras(language, tools, options.workDir)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pairwise-bench-'))
  const functionName = p.functionNames[language] ?? ''
  try {
    const { codeFileName } = LANGUAGE_FILES[language]
    await fs.writeFile(path.join(dir, codeFileName), p.solutions[language] ?? '')
    if (language === 'cpp') {
      await fs.writeFile(
        path.join(dir, CPP_SHIM_FILE),
        cppShimSource(signature, functionName, codeFileName),
      )
    }
    const jobs = []
    for (const [name, visible] of [
      ['visible.json', true],
      ['hidden.json', false],
    ] as const) {
      const file = await writeJob(
        dir,
        name,
        p,
        p.cases.filter((c) => c.visible === visible),
      )
      const text = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>
      await fs.writeFile(file, JSON.stringify({ ...text, functionName, displayName: codeFileName }))
      jobs.push(file)
    }
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const build = await fs.mkdtemp(path.join(dir, 'build-'))
      const paths: CompiledPaths = { jobDir: dir, signatureDir, buildDir: build, toolchainDir }
      const limits = resolveLimits(limitsForProblem(p, language))
      const plain = defaultCommands(language, paths, codeFileName)
      const started = performance.now()
      if (runnerFlags) {
        await exec(compileCommand(language, tools, paths, codeFileName))
        for (const job of jobs) await exec(runCommand(language, tools, paths, job, limits))
      } else {
        await exec(plain.compile)
        for (const job of jobs) await exec(plain.run(job))
      }
      samples.push(performance.now() - started)
      await fs.rm(build, { recursive: true, force: true })
    }
    return summary(samples)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function timeSandbox(p: ProblemDefinition, language: CompiledLanguage) {
  const runner = createSandboxRunner(resolveRunnerOptions())
  const request: RunRequest = {
    language,
    code: p.solutions[language] ?? '',
    functionName: p.functionNames[language] ?? '',
    cases: p.cases,
    ...(p.signature ? { signature: p.signature } : {}),
    limits: limitsForProblem(p, language),
  }
  // The first run builds the signature's harness and the toolchain's archives, once.
  const first = await runner.run(request)
  if (first.status !== 'passed')
    throw new Error(`expected a pass, got ${first.status}: ${first.error}`)
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    const result = await runner.run(request)
    samples.push(performance.now() - started)
    if (result.status !== 'passed') throw new Error(`expected a pass, got ${result.status}`)
  }
  return summary(samples)
}

const sandbox = await detectSandbox()
const problem = await loadProblem(path.join(LIBRARY_DIR, SLUG))
for (const language of ['java', 'cpp'] as const) {
  const check = await checkToolchain(language)
  if (check.missing.length > 0) {
    console.log(JSON.stringify({ bench: `compiled.${language}`, skipped: check.missing }))
    continue
  }
  const through = sandbox.ok ? await timeSandbox(problem, language) : null
  const plainFast = await timePlain(problem, language, true)
  const plainDefault = await timePlain(problem, language, false)
  console.log(
    JSON.stringify({
      bench: `compiled.${language}`,
      problem: SLUG,
      cases: problem.cases.length,
      loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
      sandbox: through ?? { skipped: sandbox.ok ? null : sandbox.reason },
      // The runner's own commands (flags, archives, header), without bwrap, rlimits or cgroup.
      plainSameFlags: plainFast,
      // javac/java and g++ as Debian ships them.
      plainDefault,
      ...(through
        ? {
            overheadMedianMs: Math.round(through.medianMs - plainFast.medianMs),
            overheadP95Ms: Math.round(through.p95Ms - plainFast.p95Ms),
            ratioToPlainDefault: Math.round((through.medianMs / plainDefault.medianMs) * 100) / 100,
          }
        : {}),
    }),
  )
}
