// Runs the harness inside bubblewrap: no network, read-only system, private /tmp, empty environment.
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs'
import { compileCommand, runCommand, type CompiledPaths } from './compiled/commands.ts'
import {
  SANDBOX_BUILD_DIR,
  SANDBOX_SIGNATURE_DIR,
  SANDBOX_TOOLCHAIN_DIR,
} from './compiled/compile-step.ts'
import { isCompiled } from './compiled/toolchains.ts'
import { executeRun, type Launcher, startJobProcess } from './execute-run.ts'
import { harnessCopy } from './harness-copy.ts'
import { harnessCommand, LANGUAGE_FILES } from './interpreters.ts'
import { rlimitPrefix, rlimitValues } from './limits.ts'
import { codeEnvironment, type ResolvedRunnerOptions } from './runner-options.ts'
import type { Runner } from './types.ts'
import { WarmPool } from './warm-pool.ts'

/** Where the code finds its job and the harness; fixed, so errors and paths never show the host. */
export const SANDBOX_JOB_DIR = '/job'
export const SANDBOX_HARNESS_DIR = '/harness'

/** The few files from /etc that the interpreters read; the rest of /etc stays out of sight. */
const ETC_FILES = [
  '/etc/ld.so.cache',
  '/etc/ld.so.conf',
  '/etc/ld.so.conf.d',
  '/etc/alternatives',
  '/etc/localtime',
  '/etc/python3',
  '/etc/python3.11',
  // Debian's JDK keeps its conf folder here (jvm.cfg, security settings); no secrets in it.
  '/etc/java-17-openjdk',
]

/** /bin, /lib … are symlinks into /usr on merged-usr systems and real folders elsewhere. */
function topLevelSystemDirs(): string[] {
  const args: string[] = []
  for (const dir of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    if (!existsSync(dir)) continue
    const stat = lstatSync(dir)
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir)
    else args.push('--ro-bind', dir, dir)
  }
  return args
}

/** Where an interpreter from outside /usr (Node from nvm, say) appears: never its host path. */
const SANDBOX_INTERPRETER_DIR = '/interpreters'

function realInterpreter(file: string): string {
  return existsSync(file) ? realpathSync(file) : file
}

/** The interpreter's path inside the sandbox: /usr paths as they are, others at a fixed place. */
export function sandboxInterpreterPath(file: string, name: 'python' | 'node'): string {
  const real = realInterpreter(file)
  return real.startsWith('/usr/') ? real : `${SANDBOX_INTERPRETER_DIR}/${name}`
}

/** Interpreters outside /usr are bound read-only, each at its fixed in-sandbox path. */
function interpreterBinds(options: ResolvedRunnerOptions): string[] {
  const args: string[] = []
  for (const [file, name] of [
    [options.pythonPath, 'python'],
    [options.nodePath, 'node'],
  ] as const) {
    const inside = sandboxInterpreterPath(file, name)
    if (inside !== realInterpreter(file)) args.push('--ro-bind', realInterpreter(file), inside)
  }
  return args
}

const disableUsernsSupport = new Map<string, boolean>()

/** --disable-userns (bwrap 0.8) stops nested user namespaces; older bwrap lacks it, but works. */
function canDisableUserns(bwrapPath: string): boolean {
  let known = disableUsernsSupport.get(bwrapPath)
  if (known === undefined) {
    const help = spawnSync(bwrapPath, ['--help'], { encoding: 'utf8', timeout: 5_000 })
    known = `${help.stdout ?? ''}`.includes('--disable-userns')
    disableUsernsSupport.set(bwrapPath, known)
  }
  return known
}

/** The bwrap options shared by every run and by the detection probe. */
export function bwrapBaseArgs(options: ResolvedRunnerOptions): string[] {
  return [
    '--unshare-all',
    '--unshare-user',
    ...(canDisableUserns(options.bwrapPath) ? ['--disable-userns'] : []),
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--ro-bind',
    '/usr',
    '/usr',
    ...topLevelSystemDirs(),
    ...ETC_FILES.flatMap((file) => ['--ro-bind-try', file, file]),
    ...interpreterBinds(options),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--hostname',
    'sandbox',
    '--chdir',
    '/tmp',
    '--clearenv',
    ...Object.entries(codeEnvironment('/tmp')).flatMap(([name, value]) => [
      '--setenv',
      name,
      value,
    ]),
  ]
}

export function createSandboxRunner(options: ResolvedRunnerOptions): Runner {
  const launcher: Launcher = {
    workDir: options.workDir,
    jobMountPoint: SANDBOX_JOB_DIR,
    runAs: options.runAs,
    exitCodeCarriesSignal: true,
    confine: true,
    toolchains: options.toolchains,
    hiddenFolders: [SANDBOX_JOB_DIR, SANDBOX_HARNESS_DIR],
    launch(job, language, limits, warm, compiled) {
      const tmpBytes = Math.max(64, limits.fileSizeMb * 4) * 1024 * 1024
      // prlimit runs inside the sandbox, after bwrap made the user namespace: RLIMIT_NPROC then
      // counts only this run's processes, not every run of the same host user.
      const prlimit = options.prlimitPath?.startsWith('/usr/') ? options.prlimitPath : null
      const paths: CompiledPaths = {
        jobDir: SANDBOX_JOB_DIR,
        signatureDir: SANDBOX_SIGNATURE_DIR,
        buildDir: SANDBOX_BUILD_DIR,
        toolchainDir: compiled?.toolchainDir ? SANDBOX_TOOLCHAIN_DIR : null,
      }
      const { codeFileName } = LANGUAGE_FILES[language]
      const command =
        compiled && isCompiled(language)
          ? compiled.phase === 'compile'
            ? compileCommand(language, options.toolchains, paths, codeFileName)
            : runCommand(language, options.toolchains, paths, job.jobPath, limits)
          : harnessCommand(
              language,
              {
                pythonPath: sandboxInterpreterPath(options.pythonPath, 'python'),
                nodePath: sandboxInterpreterPath(options.nodePath, 'node'),
                harnessDir: SANDBOX_HARNESS_DIR,
              },
              job.jobPath,
              limits,
              warm,
            )
      // A compiled step sees its signature's harness, and the build folder: writable only to
      // the compiler, read-only to the runs.
      const compiledBinds = compiled
        ? [
            '--ro-bind',
            compiled.signatureDir,
            SANDBOX_SIGNATURE_DIR,
            compiled.phase === 'compile' ? '--bind' : '--ro-bind',
            compiled.buildDir,
            SANDBOX_BUILD_DIR,
            ...(compiled.toolchainDir
              ? ['--ro-bind', compiled.toolchainDir, SANDBOX_TOOLCHAIN_DIR]
              : []),
          ]
        : []
      const args = [
        ...bwrapBaseArgs(options),
        '--size',
        String(tmpBytes),
        '--tmpfs',
        '/tmp',
        '--ro-bind',
        job.hostDir,
        SANDBOX_JOB_DIR,
        '--ro-bind',
        harnessCopy(options.harnessDir, options.workDir),
        SANDBOX_HARNESS_DIR,
        ...compiledBinds,
        // Shared memory is a small tmpfs of its own, and the sandbox's root (where bwrap made the
        // mount points) turns read-only: /tmp and /dev/shm are the only writable places.
        '--size',
        String(16 * 1024 * 1024),
        '--tmpfs',
        '/dev/shm',
        '--remount-ro',
        '/',
      ]
      // Only in-sandbox paths follow, so the command stays on bwrap's own command line.
      const inner = [
        ...rlimitPrefix(rlimitValues(language, limits, limits.processes), prlimit),
        ...command,
      ]
      // bwrap stays the sandbox's process 1, whose command line the code can read: the options
      // (host paths of the job folder and the harness) go through stdin, which is then at its end.
      // The neutral working directory keeps the server's out of bwrap's environment (PWD).
      return {
        command: options.bwrapPath,
        args: ['--args', '0', '--', ...inner],
        stdin: Buffer.from(args.map((arg) => `${arg}\0`).join('')),
        env: codeEnvironment('/tmp'),
        cwd: '/',
        ...(options.runAs ?? {}),
      }
    },
  }
  // Runs of problems that require slow libraries take a process started ahead with them imported.
  launcher.warmPool = new WarmPool((spec) =>
    startJobProcess(launcher, 'python', spec.limits, { warm: spec.preload }),
  )
  return { kind: 'sandbox', run: (request) => executeRun(request, launcher) }
}
