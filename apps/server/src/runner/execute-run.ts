// The steps every runner shares: write the job, launch the harness, grade what it reported.
import type { Language, PythonPackage, RunResult, TestCase } from '@pairwise/shared'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { createJobCgroup, joinCgroupFirst } from './cgroup.ts'
import { gradeRun } from './grade.ts'
import { casesNotRun, combineRuns, sealHiddenCases, verdictOnly } from './hidden-cases.ts'
import { type HarnessReport, readHarnessReport } from './harness-messages.ts'
import type { CompiledMounts } from './compiled/commands.ts'
import { compileForRun, type CompiledBuild } from './compiled/compile-step.ts'
import { isCompiled, type Toolchains } from './compiled/toolchains.ts'
import { LANGUAGE_FILES } from './interpreters.ts'
import {
  createJobFolder,
  fillJobFolder,
  type JobCase,
  type JobContent,
  type JobFolder,
} from './job.ts'
import { resolveLimits } from './limits.ts'
import { type Launch, startProcess } from './supervised-process.ts'
import {
  inCaseOrder,
  largeCasesLast,
  type ProcessStop,
  tooSlowMessage,
  tooSlowVerdict,
} from './too-slow.ts'
import type { RunLimits, RunRequest } from './types.ts'
import { type WarmPool, type WarmProcess, wantsWarmStart } from './warm-pool.ts'
import { workerPool } from '../workers/pool.ts'

/** What differs between runners: how the harness is started, and what the code sees. */
export interface Launcher {
  workDir: string
  /** Where the job folder appears to the code; null when the code sees host paths. */
  jobMountPoint: string | null
  /** The user the code runs as, who gets the job folder; null for the server's own user. */
  runAs: { uid: number; gid: number } | null
  /** bwrap reports the death of its child by signal N as exit code 128 + N. */
  exitCodeCarriesSignal: boolean
  /** Confine each run to a cgroup of its own where the host allows it (the sandbox does). */
  confine?: boolean
  /**
   * `warm`: start the harness before its job, with these libraries imported (Python only).
   * `compiled`: a Java or C++ step, compiling into the build folder or running what it holds.
   */
  launch(
    job: JobFolder,
    language: Language,
    limits: RunLimits,
    warm?: readonly PythonPackage[],
    compiled?: CompiledMounts,
  ): Launch | Promise<Launch>
  /** Where javac, java, g++ and the JSON libraries are. */
  toolchains: Toolchains
  /** Paths the code sees that messages must not show (the sandbox's job folder, say). */
  hiddenFolders: readonly string[]
  /** Processes started ahead of their runs, for runs that import slow libraries. */
  warmPool?: WarmPool
}

/**
 * The harness reports at most 4 MB of values a run (1 MB a case) and marks the rest as
 * truncated; twice that allows for escaping. Code that writes past it on fd 3 itself is killed.
 */
const RESULT_BYTES = 8 * 1024 * 1024

const SIGNAL_NAMES = new Map(
  Object.entries(os.constants.signals).map(([name, num]) => [num, name as NodeJS.Signals]),
)

function isScript(testCase: TestCase): testCase is Extract<TestCase, { script: string }> {
  return 'script' in testCase
}

/** Function cases run in every language; a script case only in its own. */
function casesFor(language: Language, cases: TestCase[]): TestCase[] {
  return cases.filter((testCase) => !isScript(testCase) || testCase.language === language)
}

/** Script cases as they run: TypeScript ones transpiled (by executeRun, in the worker pool). */
type Scripts = ReadonlyMap<TestCase, string>

function jobCases(cases: TestCase[], scripts: Scripts): JobCase[] {
  return cases.map((testCase, index) => {
    if (!isScript(testCase)) return { kind: 'function', index, args: testCase.args }
    return { kind: 'script', index, script: scripts.get(testCase) ?? testCase.script }
  })
}

/** A TypeScript syntax error is found before anything is spawned. */
function unrunnable(cases: TestCase[], error: string, line: number | undefined): RunResult {
  return {
    status: 'error',
    tests: casesNotRun(cases, error, line),
    stdout: '',
    stderr: '',
    error,
    durationMs: 0,
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The run was cancelled.', 'AbortError')
}

/** The first case the harness reported nothing for: the one running when the process stopped. */
function firstUnreported(cases: TestCase[], report: HarnessReport): number | null {
  const at = cases.findIndex((_, index) => !report.cases.has(index))
  return at < 0 ? null : at
}

/**
 * A process with a job folder and a cgroup of its own, started: with its job written first, or,
 * for a warm start, before the job exists (the harness imports `warm` and waits on fd 4).
 */
export async function startJobProcess(
  launcher: Launcher,
  language: Language,
  limits: RunLimits,
  job: { content: JobContent } | { warm: readonly PythonPackage[] },
  compiled?: CompiledMounts,
): Promise<WarmProcess> {
  const folder = await createJobFolder({
    workDir: launcher.workDir,
    mountPoint: launcher.jobMountPoint,
    owner: launcher.runAs,
  })
  // The whole job shares one memory ceiling and process cap, however many processes it forks.
  const cgroup = launcher.confine
    ? createJobCgroup(randomUUID(), {
        // Node and the JVM take their runtime's memory beyond the heap the limit sizes.
        memoryBytes:
          (limits.memoryMb + (language === 'typescript' || language === 'java' ? 256 : 64)) *
          1024 *
          1024,
        processes: limits.processes,
      })
    : null
  const warm = 'warm' in job ? job.warm : undefined
  try {
    if ('content' in job) await fillJobFolder(folder, { ...job.content, owner: launcher.runAs })
    let launch = await launcher.launch(folder, language, limits, warm, compiled)
    if (cgroup) {
      if (launch.uid !== undefined)
        cgroup.delegate({ uid: launch.uid, gid: launch.gid ?? launch.uid })
      launch = { ...launch, ...joinCgroupFirst(cgroup, launch) }
    }
    const process = startProcess(
      launch,
      { outputBytes: limits.outputBytes, resultBytes: RESULT_BYTES },
      { goPipe: warm !== undefined },
    )
    return {
      folder,
      cgroup,
      process,
      async discard() {
        process.kill()
        await process.ended
        cgroup?.remove()
        await folder.remove()
      },
    }
  } catch (error) {
    cgroup?.remove()
    await folder.remove()
    throw error
  }
}

/** Waits for a warm process to be ready; false when it died first, or the run was cancelled. */
async function readyUnlessAborted(
  warm: WarmProcess,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (!signal) return warm.process.ready
  if (signal.aborted) return false
  let onAbort: () => void = () => undefined
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([warm.process.ready, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** A warm process for this run when the launcher keeps them and the run imports slow libraries. */
async function takeWarm(
  request: RunRequest,
  launcher: Launcher,
  limits: RunLimits,
): Promise<WarmProcess | null> {
  if (!launcher.warmPool || request.language !== 'python' || !wantsWarmStart(request.requires)) {
    return null
  }
  // A warm process that could not start, or died before it was ready, leaves a cold start.
  const warm = await launcher.warmPool
    .take({ preload: request.requires ?? [], limits })
    .catch(() => null)
  if (!warm) return null
  if ((await readyUnlessAborted(warm, request.signal)) && warm.process.alive) return warm
  await warm.discard()
  return null
}

/** One sandboxed process over some of the cases, with a job folder and a cgroup of its own. */
async function runProcess(
  request: RunRequest,
  launcher: Launcher,
  code: string,
  cases: TestCase[],
  limits: RunLimits,
  scripts: Scripts,
  build: CompiledBuild | null,
): Promise<ProcessStop> {
  const { language, signal } = request
  const content: JobContent = {
    ...LANGUAGE_FILES[language],
    code,
    functionName: request.functionName,
    cases: jobCases(cases, scripts),
    ...(request.signature
      ? { arity: request.signature.params.length, processLimit: limits.processes }
      : {}),
    ...(request.growth ? { growth: request.growth } : {}),
  }
  const compiled: CompiledMounts | undefined = build
    ? {
        phase: 'run',
        signatureDir: build.signatureDir,
        buildDir: build.buildDir,
        toolchainDir: build.toolchainDir,
      }
    : undefined
  const warm = compiled ? null : await takeWarm(request, launcher, limits)
  if (signal?.aborted) {
    await warm?.discard()
    throw abortError(signal)
  }
  if (warm) await fillJobFolder(warm.folder, { ...content, owner: launcher.runAs })
  const started = warm ?? (await startJobProcess(launcher, language, limits, { content }, compiled))
  try {
    const outcome = await started.process.run({
      wallMs: limits.wallMs,
      ...(signal === undefined ? {} : { signal }),
    })
    if (outcome.stoppedBy === 'aborted' && signal) throw abortError(signal)
    const { exitCode } = outcome
    const carried =
      launcher.exitCodeCarriesSignal && exitCode !== null && exitCode > 128
        ? (SIGNAL_NAMES.get(exitCode - 128) ?? null)
        : null
    const report = readHarnessReport(outcome.results)
    const result = gradeRun({
      language,
      cases,
      report,
      outcome,
      signal: outcome.signal ?? carried,
      limits,
    })
    if (started.cgroup?.oomKilled() && result.status !== 'passed') {
      const error = `Memory limit exceeded (${limits.memoryMb} MB for the whole run).`
      return { cases, result: { ...result, status: 'memory', error }, stoppedAt: null }
    }
    const stoppedAt = result.status === 'timeout' ? firstUnreported(cases, report) : null
    return { cases, result, stoppedAt }
  } finally {
    await started.discard()
  }
}

/**
 * Visible and hidden cases run in two sandboxed processes, one after the other, each with a job
 * file of its own: the code that answers the visible cases (whose values, errors and output the
 * candidate sees) never has the hidden inputs, and of the hidden process only verdicts are kept.
 */
export async function executeRun(request: RunRequest, launcher: Launcher): Promise<RunResult> {
  const { language, signal } = request
  if (signal?.aborted) throw abortError(signal)
  const limits = resolveLimits(request.limits)
  const cases = casesFor(language, request.cases)
  let code = request.code
  const scripts = new Map<TestCase, string>()
  if (language === 'typescript') {
    // The parser's cost can grow exponentially with nesting, so it runs in the worker pool,
    // where a job over its time limit is killed (422 input_too_complex).
    const scriptCases = cases.filter(isScript)
    const compiled = await workerPool().run(
      'transpile',
      {
        code: request.code,
        displayName: LANGUAGE_FILES[language].displayName,
        scripts: scriptCases.map((c) => c.script),
      },
      signal ? { signal } : {},
    )
    if (!compiled.module.ok) {
      const result = unrunnable(cases, compiled.module.error, compiled.module.line)
      return request.revealHidden ? result : { ...result, tests: result.tests.map(verdictOnly) }
    }
    code = compiled.module.code
    scriptCases.forEach((c, i) => scripts.set(c, compiled.scripts[i] ?? c.script))
  }
  let build: CompiledBuild | null = null
  if (isCompiled(language)) {
    const compiled = await compileForRun(
      { ...request, language },
      {
        workDir: launcher.workDir,
        runAs: launcher.runAs,
        toolchains: launcher.toolchains,
        hiddenFolders: launcher.hiddenFolders,
        exitCodeCarriesSignal: launcher.exitCodeCarriesSignal,
        start: (content, compileLimits, mounts) =>
          startJobProcess(launcher, language, compileLimits, { content }, mounts),
      },
      cases,
      LANGUAGE_FILES[language].codeFileName,
    )
    if (!compiled.ok) {
      const { result } = compiled
      return request.revealHidden ? result : { ...result, tests: result.tests.map(verdictOnly) }
    }
    build = compiled.build
  }
  try {
    return await runCases(request, launcher, code, cases, limits, scripts, build)
  } finally {
    await build?.remove()
  }
}

/** The visible cases' process, then the hidden cases' (see executeRun). */
async function runCases(
  request: RunRequest,
  launcher: Launcher,
  code: string,
  cases: TestCase[],
  limits: RunLimits,
  scripts: Scripts,
  build: CompiledBuild | null,
): Promise<RunResult> {
  const visible = cases.filter((testCase) => testCase.visible)
  const hidden = cases.filter((testCase) => !testCase.visible)
  const seen =
    visible.length > 0 || hidden.length === 0
      ? (await runProcess(request, launcher, code, visible, limits, scripts, build)).result
      : null
  if (hidden.length === 0 && seen) return seen
  // Large cases last: a timeout on one then comes after every smaller case has run.
  const stop = await runProcess(
    request,
    launcher,
    code,
    largeCasesLast(hidden),
    limits,
    scripts,
    build,
  )
  const sealed = inCaseOrder(hidden, stop.cases, stop.result)
  const combined = combineRuns(cases, seen, request.revealHidden ? sealed : sealHiddenCases(sealed))
  const tooSlow = tooSlowVerdict(seen, stop, request.requiredComplexity)
  // Its message names a case and the problem's complexity, never what the hidden process said.
  return tooSlow ? { ...combined, error: tooSlowMessage(tooSlow), tooSlow } : combined
}
