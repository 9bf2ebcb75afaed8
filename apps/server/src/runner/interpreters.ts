// The command line that starts each language's harness on a job file.
import type { Language } from '@pairwise/shared'
import path from 'node:path'
import type { RunLimits } from './types.ts'

export interface LanguageFiles {
  /** The file the candidate's code is written to inside the job folder. */
  codeFileName: string
  /** The name their errors show. */
  displayName: string
}

export const LANGUAGE_FILES: Record<Language, LanguageFiles> = {
  python: { codeFileName: 'solution.py', displayName: 'solution.py' },
  // Compiled to CommonJS by transpile.ts; .cjs keeps Node from guessing the module kind.
  typescript: { codeFileName: 'solution.cjs', displayName: 'solution.ts' },
  // Compiled once per run (runner/compiled/), then run by both processes.
  java: { codeFileName: 'Solution.java', displayName: 'Solution.java' },
  cpp: { codeFileName: 'solution.cpp', displayName: 'solution.cpp' },
}

export interface InterpreterPaths {
  pythonPath: string
  nodePath: string
  /** The harness folder as the code sees it. */
  harnessDir: string
}

/**
 * The harness's command line. With `warm` (Python only), the harness imports those libraries,
 * reports ready and waits on fd 4 before it reads the job (runner/warm-pool.ts).
 */
export function harnessCommand(
  language: Language,
  paths: InterpreterPaths,
  jobPath: string,
  limits: RunLimits,
  warm?: readonly string[],
): string[] {
  if (language === 'python') {
    // -I: no user site, no PYTHON* variables, and the script's folder is not importable.
    return [
      paths.pythonPath,
      '-I',
      '-B',
      path.posix.join(paths.harnessDir, 'python-harness.py'),
      ...(warm ? ['--warm', warm.join(',')] : []),
      jobPath,
    ]
  }
  return [
    paths.nodePath,
    // V8 fails with a heap error at this size, well before RLIMIT_AS would crash it.
    `--max-old-space-size=${limits.memoryMb}`,
    '--no-warnings',
    path.posix.join(paths.harnessDir, 'js-harness.cjs'),
    jobPath,
  ]
}
