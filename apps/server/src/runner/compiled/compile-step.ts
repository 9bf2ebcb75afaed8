// Compiles a candidate's Java or C++ once per run, in a sandboxed process of its own (the compiler
// reads untrusted code: `#include "/etc/…"`), into a build folder that the visible-cases and the
// hidden-cases processes then both run, read-only.
import { chown, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import type { RunResult, TestCase } from '@pairwise/shared'
import { casesNotRun } from '../hidden-cases.ts'
import type { JobContent } from '../job.ts'
import type { StartedProcess } from '../supervised-process.ts'
import type { RunLimits, RunRequest } from '../types.ts'
import type { JobCgroup } from '../cgroup.ts'
import { COMPILE_LIMITS, CPP_SHIM_FILE, type CompiledMounts } from './commands.ts'
import { parseCompileError } from './compile-errors.ts'
import { HarnessBuildError, signatureHarness } from './harness-cache.ts'
import { cppExpectedSignature, cppShimSource } from './harness-sources.ts'
import { toolchainExtras } from './toolchain-cache.ts'
import { checkToolchain, type CompiledLanguage, type Toolchains } from './toolchains.ts'

/** Where a launcher shows the compiled parts inside the sandbox. */
export const SANDBOX_SIGNATURE_DIR = '/signature'
export const SANDBOX_BUILD_DIR = '/build'
export const SANDBOX_TOOLCHAIN_DIR = '/toolchain'

/** A language whose toolchain this host lacks: runs answer 503 (like a missing Python package). */
export class ToolchainUnavailableError extends Error {
  override readonly name = 'ToolchainUnavailableError'
  constructor(
    readonly language: CompiledLanguage,
    readonly missing: string[],
  ) {
    super(
      `${language === 'java' ? 'Java' : 'C++'} is not available on this server: it lacks ${missing.join(', ')}.`,
    )
  }
}

/** What the compile step needs of the runner. */
export interface CompileHost {
  workDir: string
  runAs: { uid: number; gid: number } | null
  toolchains: Toolchains
  /** Folders whose paths must not show in messages (the job's, as the process saw it, say). */
  hiddenFolders: readonly string[]
  /** Starts a process for the job in the runner's sandbox (execute-run's startJobProcess). */
  start(
    content: JobContent,
    limits: RunLimits,
    mounts: CompiledMounts,
  ): Promise<{
    process: StartedProcess
    cgroup: JobCgroup | null
    folder: { hostDir: string }
    discard(): Promise<void>
  }>
  exitCodeCarriesSignal: boolean
}

export interface CompiledBuild {
  signatureDir: string
  buildDir: string
  toolchainDir: string | null
  remove(): Promise<void>
}

export type CompileOutcome = { ok: true; build: CompiledBuild } | { ok: false; result: RunResult }

/** Every case fails with the compiler's first error; the run's error holds all it said. */
function failedRun(
  cases: TestCase[],
  status: RunResult['status'],
  error: string,
  summary: string,
  line: number | undefined,
  durationMs: number,
): RunResult {
  const at = line === undefined ? {} : { line }
  return {
    status,
    tests: casesNotRun(cases, summary, line),
    stdout: '',
    stderr: '',
    error,
    ...at,
    durationMs,
  }
}

export async function compileForRun(
  request: RunRequest & { language: CompiledLanguage },
  host: CompileHost,
  cases: TestCase[],
  codeFileName: string,
): Promise<CompileOutcome> {
  const { language, signature } = request
  const check = await checkToolchain(language, host.toolchains)
  if (check.missing.length > 0) throw new ToolchainUnavailableError(language, check.missing)
  if (!signature) {
    const error = `This problem declares no typed signature, so it cannot run ${language === 'java' ? 'Java' : 'C++'}.`
    return { ok: false, result: failedRun(cases, 'error', error, error, undefined, 0) }
  }
  let signatureDir: string
  // Both are built once (per signature, per toolchain) and then found on disk.
  const extras = toolchainExtras(language, host.toolchains, host.workDir)
  try {
    signatureDir = await signatureHarness(language, signature, host.toolchains, host.workDir)
  } catch (error) {
    if (error instanceof HarnessBuildError) {
      return {
        ok: false,
        result: failedRun(cases, 'error', error.message, error.message, undefined, 0),
      }
    }
    throw error
  }
  const toolchainDir = await extras
  const buildDir = await mkdtemp(path.join(host.workDir, 'pairwise-build-'))
  const removeBuild = () => rm(buildDir, { recursive: true, force: true })
  try {
    if (host.runAs) await chown(buildDir, host.runAs.uid, host.runAs.gid)
    const content: JobContent = {
      codeFileName,
      displayName: codeFileName,
      code: request.code,
      functionName: request.functionName,
      cases: [],
      ...(language === 'cpp'
        ? {
            files: {
              [CPP_SHIM_FILE]: cppShimSource(signature, request.functionName, codeFileName),
            },
          }
        : {}),
    }
    const started = await host.start(content, COMPILE_LIMITS, {
      phase: 'compile',
      signatureDir,
      buildDir,
      toolchainDir,
    })
    let failure: RunResult | null = null
    try {
      const outcome = await started.process.run({
        wallMs: COMPILE_LIMITS.wallMs,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      })
      if (outcome.stoppedBy === 'aborted') {
        throw request.signal?.reason ?? new DOMException('The run was cancelled.', 'AbortError')
      }
      const carried =
        host.exitCodeCarriesSignal && outcome.exitCode !== null && outcome.exitCode > 128
      const compiled = outcome.exitCode === 0 && outcome.signal === null && !outcome.stoppedBy
      if (!compiled) {
        const overTime =
          outcome.stoppedBy === 'deadline' ||
          outcome.signal === 'SIGXCPU' ||
          (carried && outcome.exitCode === 128 + 24)
        if (overTime) {
          const error = `Compiling took longer than the compiler's limit (${COMPILE_LIMITS.cpuSeconds} s).`
          failure = failedRun(cases, 'timeout', error, error, undefined, outcome.durationMs)
        } else if (started.cgroup?.oomKilled()) {
          const error = `Compiling ran out of memory (${COMPILE_LIMITS.memoryMb} MB).`
          failure = failedRun(cases, 'memory', error, error, undefined, outcome.durationMs)
        } else {
          const parsed = parseCompileError(
            language,
            `${outcome.stderr}\n${outcome.stdout}`,
            [
              ...host.hiddenFolders,
              started.folder.hostDir,
              signatureDir,
              buildDir,
              ...(toolchainDir ? [toolchainDir] : []),
              SANDBOX_SIGNATURE_DIR,
              SANDBOX_BUILD_DIR,
              SANDBOX_TOOLCHAIN_DIR,
            ],
            codeFileName,
            language === 'cpp' ? cppExpectedSignature(signature, request.functionName) : '',
          )
          failure = failedRun(
            cases,
            'compile_error',
            parsed.message,
            parsed.summary,
            parsed.line,
            outcome.durationMs,
          )
        }
      }
    } finally {
      await started.discard()
    }
    if (failure) {
      await removeBuild()
      return { ok: false, result: failure }
    }
    return { ok: true, build: { signatureDir, buildDir, toolchainDir, remove: removeBuild } }
  } catch (error) {
    await removeBuild()
    throw error
  }
}
