// Where the Java and C++ toolchains are, and whether this host has them (probed once at boot).
import { execFile } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { promisify } from 'node:util'
import type { Language } from '@pairwise/shared'

const run = promisify(execFile)

export type CompiledLanguage = Extract<Language, 'java' | 'cpp'>

export const COMPILED_LANGUAGES: readonly CompiledLanguage[] = ['java', 'cpp']

export function isCompiled(language: Language): language is CompiledLanguage {
  return language === 'java' || language === 'cpp'
}

export interface Toolchains {
  javac: string
  java: string
  /** jackson-databind, -core and -annotations (Debian's libjackson2-databind-java). */
  jacksonJars: string[]
  gxx: string
  /** The folder holding nlohmann/json.hpp (Debian's nlohmann-json3-dev). */
  nlohmannInclude: string
}

/** Debian's paths. Everything sits under /usr, which is all of the system a sandbox sees. */
export const DEFAULT_TOOLCHAINS: Toolchains = {
  javac: '/usr/bin/javac',
  java: '/usr/bin/java',
  jacksonJars: ['databind', 'core', 'annotations'].map((n) => `/usr/share/java/jackson-${n}.jar`),
  gxx: '/usr/bin/g++',
  nlohmannInclude: '/usr/include',
}

/** /usr/bin/java is a chain of links through /etc/alternatives: the sandbox gets the real file. */
export function realTool(file: string): string {
  return existsSync(file) ? realpathSync(file) : file
}

/** Why a language cannot run here (its toolchain's missing parts), or null when it can. */
export interface ToolchainCheck {
  language: CompiledLanguage
  missing: string[]
  /** The compiler's version line, part of the harness cache's key. */
  version: string
}

async function versionOf(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 20_000 })
    return `${stdout}${stderr}`.split('\n')[0]?.trim() ?? ''
  } catch {
    return null
  }
}

const checks = new Map<string, Promise<ToolchainCheck>>()

/** What of a language's toolchain is missing: each language is probed once per process. */
export function checkToolchain(
  language: CompiledLanguage,
  tools: Toolchains = DEFAULT_TOOLCHAINS,
): Promise<ToolchainCheck> {
  const key = JSON.stringify([language, tools])
  let check = checks.get(key)
  if (!check) {
    check = probe(language, tools)
    checks.set(key, check)
  }
  return check
}

async function probe(language: CompiledLanguage, tools: Toolchains): Promise<ToolchainCheck> {
  const missing: string[] = []
  let version = ''
  if (language === 'java') {
    const javac = await versionOf(tools.javac, ['-version'])
    if (javac === null) missing.push(`javac (${tools.javac})`)
    else version = javac
    if ((await versionOf(tools.java, ['-version'])) === null) missing.push(`java (${tools.java})`)
    for (const jar of tools.jacksonJars) if (!existsSync(jar)) missing.push(jar)
  } else {
    const gxx = await versionOf(tools.gxx, ['--version'])
    if (gxx === null) missing.push(`g++ (${tools.gxx})`)
    else version = gxx
    const header = `${tools.nlohmannInclude}/nlohmann/json.hpp`
    if (!existsSync(header)) missing.push(header)
  }
  for (const tool of language === 'java' ? [tools.javac, tools.java] : [tools.gxx]) {
    if (existsSync(tool) && !realTool(tool).startsWith('/usr/')) {
      missing.push(`${tool} outside /usr, where a sandbox cannot see it`)
    }
  }
  return { language, missing, version }
}
