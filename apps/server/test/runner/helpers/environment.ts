// What the runner tests need from this machine, and a clear warning when something is missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { checkToolchain } from '../../../src/runner/compiled/toolchains.ts'
import { detectSandbox } from '../../../src/runner/index.ts'

export const PYTHON = '/usr/bin/python3'

function pythonWithNumpy(): boolean {
  if (!existsSync(PYTHON)) return false
  return spawnSync(PYTHON, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0
}

export const hasPython = pythonWithNumpy()
const sandboxCheck = await detectSandbox()
export const hasBwrap = sandboxCheck.ok

/** Warns once per file, naming what is missing, so a skipped suite is never silent. */
export function warnIfMissing(suite: string, needs: { bwrap?: boolean; python?: boolean }): void {
  const missing: string[] = []
  if (needs.python && !hasPython) missing.push(`${PYTHON} with numpy`)
  if (needs.bwrap && !sandboxCheck.ok) missing.push(`a working bubblewrap (${sandboxCheck.reason})`)
  if (missing.length > 0) console.warn(`[${suite}] skipped: missing ${missing.join(' and ')}`)
}

const javaCheck = await checkToolchain('java')
const cppCheck = await checkToolchain('cpp')
/** javac, java and Jackson (Debian's openjdk-17-jdk-headless, libjackson2-databind-java). */
export const hasJava = javaCheck.missing.length === 0
/** g++ and nlohmann/json (Debian's g++, nlohmann-json3-dev). */
export const hasCpp = cppCheck.missing.length === 0

/** Warns once per file when a compiled language's toolchain is missing, naming the parts. */
export function warnIfNoToolchain(suite: string): void {
  for (const check of [javaCheck, cppCheck]) {
    if (check.missing.length > 0) {
      console.warn(`[${suite}] ${check.language} skipped: missing ${check.missing.join(', ')}`)
    }
  }
}
