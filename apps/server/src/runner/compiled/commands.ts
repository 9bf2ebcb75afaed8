// The command lines that compile a candidate's Java or C++ and run what was built.
import path from 'node:path'
import type { RunLimits } from '../types.ts'
import { realTool, type CompiledLanguage, type Toolchains } from './toolchains.ts'

/** In the toolchain's folder (toolchain-cache.ts). */
export const JAVAC_ARCHIVE = 'javac.jsa'
export const RUN_ARCHIVE = 'run.jsa'
export const STD_HEADER = 'pairwise_std.hpp'
/** The flags a precompiled header must share with the compiles that use it. */
export const CPP_FLAGS = ['-std=c++17', '-O2', '-pipe', '-w']

/** Where a compiled run's parts are, as the process sees them (sandbox or host paths). */
export interface CompiledPaths {
  /** The job folder: the candidate's file (and, to compile C++, the shim beside it). */
  jobDir: string
  /** The harness parts built for the problem's signature (runner/compiled/harness-cache.ts). */
  signatureDir: string
  /** What the compile step writes and the run processes execute. */
  buildDir: string
  /** The toolchain's speed-ups (toolchain-cache.ts), when they could be built. */
  toolchainDir: string | null
}

export type CompiledPhase = 'compile' | 'run'

/** The compile step's own limits: compilers need more memory and time than most solutions. */
export const COMPILE_LIMITS: RunLimits = {
  cpuSeconds: 20,
  wallMs: 40_000,
  memoryMb: 768,
  processes: 64,
  fileSizeMb: 64,
  outputBytes: 256 * 1024,
  addressSpaceHeadroomMb: 0,
}

/**
 * The JVM reserves address space far beyond what it uses (heap, code cache, class space, a stack
 * per thread): RLIMIT_AS gets this much on top of -Xmx, while the cgroup still caps what it uses.
 */
export const JVM_BASE_ADDRESS_SPACE_MB = 1024

/**
 * Flags every JVM here gets: one GC thread, small reserved areas, no shared-memory perf file, and
 * the JVM's own logging on stderr, errors only (its warnings would otherwise go to stdout).
 */
export function jvmFlags(heapMb: number): string[] {
  return [
    '-Xlog:disable',
    '-Xlog:all=error:stderr',
    `-Xmx${heapMb}m`,
    '-Xss8m',
    '-XX:+UseSerialGC',
    '-XX:-UsePerfData',
    '-Xshare:auto',
    '-XX:ReservedCodeCacheSize=64m',
    '-XX:CompressedClassSpaceSize=64m',
    '-XX:MaxMetaspaceSize=192m',
    '-XX:CICompilerCount=2',
    '-XX:+UseContainerSupport',
    '-Djava.awt.headless=true',
    '-Dfile.encoding=UTF-8',
  ]
}

export const JAVA_MAIN_CLASS = 'PairwiseMain'
export const CPP_SHIM_FILE = 'pairwise_shim.cpp'
export const CPP_BINARY = 'solution'
/** Where the signature's Java classes are, inside its folder. */
export const JAVA_CLASSES_DIR = 'classes'

export function compileCommand(
  language: CompiledLanguage,
  tools: Toolchains,
  paths: CompiledPaths,
  codeFileName: string,
): string[] {
  if (language === 'java') {
    return [
      realTool(tools.javac),
      // javac's own JVM: the quick JIT tier only, since it runs for a second or two.
      ...jvmFlags(COMPILE_LIMITS.memoryMb / 2).map((flag) => `-J${flag}`),
      '-J-XX:TieredStopAtLevel=1',
      ...(paths.toolchainDir
        ? [`-J-XX:SharedArchiveFile=${path.posix.join(paths.toolchainDir, JAVAC_ARCHIVE)}`]
        : []),
      '-encoding',
      'UTF-8',
      '-nowarn',
      '-Xlint:none',
      '-Xmaxerrs',
      '20',
      '-proc:none',
      '-implicit:none',
      '-d',
      paths.buildDir,
      '-cp',
      [path.posix.join(paths.signatureDir, JAVA_CLASSES_DIR), ...tools.jacksonJars].join(':'),
      path.posix.join(paths.jobDir, codeFileName),
    ]
  }
  return [
    realTool(tools.gxx),
    // -w: warnings never fail a run, so they are not shown either.
    ...CPP_FLAGS,
    '-fmax-errors=20',
    '-fdiagnostics-color=never',
    // The precompiled standard headers come first: only the first include can use one.
    ...(paths.toolchainDir ? ['-include', path.posix.join(paths.toolchainDir, STD_HEADER)] : []),
    '-include',
    path.posix.join(paths.signatureDir, 'pairwise_types.hpp'),
    path.posix.join(paths.jobDir, CPP_SHIM_FILE),
    path.posix.join(paths.signatureDir, 'main.o'),
    '-o',
    path.posix.join(paths.buildDir, CPP_BINARY),
  ]
}

export function runCommand(
  language: CompiledLanguage,
  tools: Toolchains,
  paths: CompiledPaths,
  jobPath: string,
  limits: RunLimits,
): string[] {
  if (language === 'java') {
    return [
      realTool(tools.java),
      ...jvmFlags(limits.memoryMb),
      ...(paths.toolchainDir
        ? [`-XX:SharedArchiveFile=${path.posix.join(paths.toolchainDir, RUN_ARCHIVE)}`]
        : []),
      // The harness writes its results to fd 3, a socket it builds a FileDescriptor for.
      '--add-opens',
      'java.base/java.io=ALL-UNNAMED',
      // Jackson's jars first, as the class-data archive was dumped with them; then the harness,
      // whose classes the candidate's cannot shadow; then theirs.
      '-cp',
      [
        ...tools.jacksonJars,
        path.posix.join(paths.signatureDir, JAVA_CLASSES_DIR),
        paths.buildDir,
      ].join(':'),
      JAVA_MAIN_CLASS,
      jobPath,
    ]
  }
  return [path.posix.join(paths.buildDir, CPP_BINARY), jobPath]
}

/** A compiled run's host folders, which a launcher shows the process at its own paths. */
export interface CompiledMounts {
  phase: CompiledPhase
  /** The signature's harness (read-only). */
  signatureDir: string
  /** The build folder: written by the compile step, read-only to the runs. */
  buildDir: string
  /** The toolchain's speed-ups (read-only), when they could be built. */
  toolchainDir: string | null
}
