// The command lines that compile a candidate's Java or C++ and run what was built.
import path from 'node:path'
import type { RunLimits } from '../types.ts'
import { realTool, type CompiledLanguage, type Toolchains } from './toolchains.ts'

/** Where a compiled run's parts are, as the process sees them (sandbox or host paths). */
export interface CompiledPaths {
  /** The job folder: the candidate's file (and, to compile C++, the shim beside it). */
  jobDir: string
  /** The harness parts built for the problem's signature (runner/compiled/harness-cache.ts). */
  signatureDir: string
  /** What the compile step writes and the run processes execute. */
  buildDir: string
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

/** Flags every JVM here gets: one GC thread, small reserved areas, no shared-memory perf file. */
function jvmFlags(heapMb: number): string[] {
  return [
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
    '-std=c++17',
    '-O2',
    '-pipe',
    // Warnings never fail a run, so they are not shown either.
    '-w',
    '-fmax-errors=20',
    '-fdiagnostics-color=never',
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
      // The harness writes its results to fd 3, a socket it builds a FileDescriptor for.
      '--add-opens',
      'java.base/java.io=ALL-UNNAMED',
      '-cp',
      [
        paths.buildDir,
        path.posix.join(paths.signatureDir, JAVA_CLASSES_DIR),
        ...tools.jacksonJars,
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
}
