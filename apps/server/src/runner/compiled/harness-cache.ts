// The harness parts generated from a problem's signature, compiled once per signature and kept on
// disk under the runner's work folder (Java: PairwiseMain and the records' classes; C++: main.o
// with nlohmann/json and the records' JSON form), so a run compiles only the candidate's file.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { ProblemSignature } from '@pairwise/shared'
import { CPP_FLAGS, JAVA_CLASSES_DIR } from './commands.ts'
import { cppMainSource, cppTypesHeader, javaRecordsSource } from './harness-sources.ts'
import { checkToolchain, realTool, type CompiledLanguage, type Toolchains } from './toolchains.ts'

const run = promisify(execFile)

const HERE = path.dirname(fileURLToPath(import.meta.url))
const JAVA_MAIN = readFileSync(path.join(HERE, 'PairwiseMain.java'), 'utf8')
const JAVA_GROWTH = readFileSync(path.join(HERE, 'PairwiseGrowth.java'), 'utf8')
const CPP_RUNTIME = readFileSync(path.join(HERE, 'pairwise_runtime.hpp'), 'utf8')

/** The cache's folder under the work folder; a new layout gets a new name. */
const CACHE_DIR = 'pairwise-harness-cache-v1'

/** The files a language's harness is made of, for the signature. */
function sources(language: CompiledLanguage, signature: ProblemSignature): Record<string, string> {
  if (language === 'java') {
    return {
      'PairwiseMain.java': JAVA_MAIN,
      'PairwiseGrowth.java': JAVA_GROWTH,
      'PairwiseRecords.java': javaRecordsSource(signature),
    }
  }
  return {
    'pairwise_types.hpp': cppTypesHeader(signature),
    'pairwise_runtime.hpp': CPP_RUNTIME,
    'main.cpp': cppMainSource(signature),
  }
}

/** The cache key: the sources themselves and the compiler that builds them. */
function keyOf(language: CompiledLanguage, files: Record<string, string>, version: string): string {
  const hash = createHash('sha256').update(language).update('\0').update(version)
  for (const name of Object.keys(files).sort()) {
    hash
      .update('\0')
      .update(name)
      .update('\0')
      .update(files[name] ?? '')
  }
  return hash.digest('hex').slice(0, 24)
}

/**
 * A cache root under a shared folder such as /tmp must be ours: someone else's (or a link to
 * somewhere else) could hold a planted main.o that every run would link.
 */
export async function ownedRoot(workDir: string): Promise<string> {
  const root = path.join(workDir, CACHE_DIR)
  await fs.mkdir(root, { recursive: true, mode: 0o755 })
  const stat = await fs.lstat(root)
  const uid = process.getuid?.()
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
    throw new Error(`${root} is not a folder of this server's own; remove it`)
  }
  return root
}

/** Builds started ahead of their runs go at low priority, behind the runs themselves. */
/**
 * The folder `dir`, built by `build` into a fresh folder beside it and renamed into place unless
 * it is there already; a build that fails leaves nothing behind.
 */
export async function buildOnce(
  root: string,
  dir: string,
  build: (fresh: string) => Promise<void>,
): Promise<string> {
  if (
    await fs.stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    return dir
  const fresh = await fs.mkdtemp(path.join(root, 'building-'))
  try {
    await build(fresh)
    await fs.chmod(fresh, 0o755)
    await fs.rename(fresh, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process built the same folder first: theirs is as good.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
      await fs.rm(fresh, { recursive: true, force: true })
    })
    return dir
  } catch (error) {
    await fs.rm(fresh, { recursive: true, force: true })
    throw error
  }
}

export interface BuildOptions {
  background?: boolean
}

/** The command, under `nice` for a background build where the host has it. */
export function niced(command: string, args: string[], options: BuildOptions): [string, string[]] {
  return options.background && existsSync(NICE)
    ? [NICE, ['-n', '10', command, ...args]]
    : [command, args]
}

const NICE = '/usr/bin/nice'

async function build(
  language: CompiledLanguage,
  files: Record<string, string>,
  tools: Toolchains,
  into: string,
  options: BuildOptions,
): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await fs.writeFile(path.join(into, name), text, { mode: 0o644 })
  }
  if (language === 'java') {
    const classes = path.join(into, JAVA_CLASSES_DIR)
    await fs.mkdir(classes, { mode: 0o755 })
    await run(
      ...niced(
        realTool(tools.javac),
        [
          '-J-XX:TieredStopAtLevel=1',
          '-J-XX:+UseSerialGC',
          '-nowarn',
          '-proc:none',
          '-encoding',
          'UTF-8',
          '-d',
          classes,
          '-cp',
          tools.jacksonJars.join(':'),
          ...Object.keys(files).map((name) => path.join(into, name)),
        ],
        options,
      ),
      { timeout: 120_000 },
    )
  } else {
    await run(
      ...niced(
        realTool(tools.gxx),
        [
          ...CPP_FLAGS,
          `-I${tools.nlohmannInclude}`,
          '-c',
          path.join(into, 'main.cpp'),
          '-o',
          path.join(into, 'main.o'),
        ],
        options,
      ),
      { timeout: 300_000 },
    )
  }
  // Read (never written) by the user the code runs as.
  for (const entry of await fs.readdir(into, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    await fs.chmod(file, entry.isDirectory() ? 0o755 : 0o644)
  }
}

const building = new Map<string, Promise<string>>()

export class HarnessBuildError extends Error {
  override readonly name = 'HarnessBuildError'
}

/**
 * The folder of the signature's compiled harness, built now when it is not yet on disk. Builds
 * into a fresh folder renamed into place, so a reader never sees half a harness.
 */
export function signatureHarness(
  language: CompiledLanguage,
  signature: ProblemSignature,
  tools: Toolchains,
  workDir: string,
  options: BuildOptions = {},
): Promise<string> {
  const files = sources(language, signature)
  const key = `${workDir}\0${language}\0${JSON.stringify(files)}`
  let dir = building.get(key)
  if (!dir) {
    dir = locate(language, files, tools, workDir, options)
    building.set(key, dir)
    // A failed build is tried again by the next run, not remembered.
    dir.catch(() => building.delete(key))
  }
  return dir
}

async function locate(
  language: CompiledLanguage,
  files: Record<string, string>,
  tools: Toolchains,
  workDir: string,
  options: BuildOptions,
): Promise<string> {
  const { version } = await checkToolchain(language, tools)
  const root = await ownedRoot(workDir)
  const dir = path.join(root, `${language}-${keyOf(language, files, version)}`)
  try {
    return await buildOnce(root, dir, (fresh) => build(language, files, tools, fresh, options))
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr ?? (error as Error).message
    throw new HarnessBuildError(`The ${language} harness did not build: ${detail.slice(0, 2000)}`)
  }
}
