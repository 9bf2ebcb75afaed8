// Runs the harness as a plain child process with the same rlimits and deadline: for one user, no bwrap.
import { readdir, readFile, stat } from 'node:fs/promises'
import { compileCommand, runCommand } from './compiled/commands.ts'
import { isCompiled } from './compiled/toolchains.ts'
import { executeRun, type Launcher } from './execute-run.ts'
import { harnessCommand, LANGUAGE_FILES } from './interpreters.ts'
import { rlimitPrefix, rlimitValues } from './limits.ts'
import { codeEnvironment, type ResolvedRunnerOptions } from './runner-options.ts'
import type { RunLimits, Runner } from './types.ts'
import type { CompiledMounts } from './compiled/commands.ts'

/**
 * RLIMIT_NPROC counts every task of the user on the host, so without a user namespace the limit
 * is the user's current count plus the run's allowance.
 */
async function tasksOwnedBy(uid: number): Promise<number> {
  const entries = await readdir('/proc').catch(() => [])
  const counts = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (pid) => {
        // The folder's owner is cheap to read; only the user's own processes need their status.
        const owner = await stat(`/proc/${pid}`).catch(() => undefined)
        if (owner?.uid !== uid) return 0
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
        return Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1)
      }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

export function createLocalRunner(options: ResolvedRunnerOptions): Runner {
  const compiledCommand = (
    language: 'java' | 'cpp',
    jobDir: string,
    jobPath: string,
    limits: RunLimits,
    mounts: CompiledMounts,
  ): string[] => {
    const paths = {
      jobDir,
      signatureDir: mounts.signatureDir,
      buildDir: mounts.buildDir,
      toolchainDir: mounts.toolchainDir,
    }
    return mounts.phase === 'compile'
      ? compileCommand(language, options.toolchains, paths, LANGUAGE_FILES[language].codeFileName)
      : runCommand(language, options.toolchains, paths, jobPath, limits)
  }
  const launcher: Launcher = {
    workDir: options.workDir,
    jobMountPoint: null,
    runAs: options.runAs,
    exitCodeCarriesSignal: false,
    toolchains: options.toolchains,
    hiddenFolders: [],
    async launch(job, language, limits, _warm, compiled) {
      const uid = options.runAs?.uid ?? process.getuid?.()
      // Root is exempt from RLIMIT_NPROC anyway; a count of its tasks would only cost time.
      const processes =
        uid === undefined || uid === 0 ? null : limits.processes + (await tasksOwnedBy(uid))
      const [command, ...args]: [string, ...string[]] = [
        ...rlimitPrefix(rlimitValues(language, limits, processes), options.prlimitPath),
        ...(compiled && isCompiled(language)
          ? compiledCommand(language, job.hostDir, job.jobPath, limits, compiled)
          : harnessCommand(language, options, job.jobPath, limits)),
      ]
      return {
        command,
        args,
        env: codeEnvironment(job.hostDir),
        cwd: job.hostDir,
        ...(options.runAs ?? {}),
      }
    },
  }
  return { kind: 'local', run: (request) => executeRun(request, launcher) }
}
