// Fills in RunnerOptions from what this host has: interpreters, bwrap, prlimit, a user to drop to.
import { existsSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { DEFAULT_TOOLCHAINS, type Toolchains } from './compiled/toolchains.ts'
import type { RunnerOptions } from './types.ts'

export interface ResolvedRunnerOptions {
  pythonPath: string
  nodePath: string
  bwrapPath: string
  prlimitPath: string | null
  workDir: string
  runAs: { uid: number; gid: number } | null
  /** The folder holding python-harness.py and js-harness.cjs. */
  harnessDir: string
  toolchains: Toolchains
}

const NOBODY = { uid: 65534, gid: 65534 }

export const HARNESS_DIR = fileURLToPath(new URL('./harness', import.meta.url))

export function resolveRunnerOptions(options: RunnerOptions = {}): ResolvedRunnerOptions {
  const isRoot = process.getuid?.() === 0
  return {
    pythonPath: options.pythonPath ?? '/usr/bin/python3',
    nodePath: options.nodePath ?? process.execPath,
    bwrapPath: options.bwrapPath ?? '/usr/bin/bwrap',
    prlimitPath:
      options.prlimitPath === undefined
        ? existsSync('/usr/bin/prlimit')
          ? '/usr/bin/prlimit'
          : null
        : options.prlimitPath,
    workDir: options.workDir ?? os.tmpdir(),
    runAs: options.runAs === undefined ? (isRoot ? NOBODY : null) : options.runAs,
    harnessDir: HARNESS_DIR,
    toolchains: { ...DEFAULT_TOOLCHAINS, ...options.toolchains },
  }
}

/** The whole environment the code gets: nothing of the server's (secrets live there). */
export function codeEnvironment(home: string): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1',
    // Prints reach the server as they happen: kept when a timeout kills the run, capped early.
    PYTHONUNBUFFERED: '1',
    // One BLAS thread: runs stay within RLIMIT_NPROC and timings stay comparable.
    OPENBLAS_NUM_THREADS: '1',
    OMP_NUM_THREADS: '1',
    MKL_NUM_THREADS: '1',
  }
}
