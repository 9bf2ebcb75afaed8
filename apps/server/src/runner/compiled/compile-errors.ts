// Turns a compiler's output into what the candidate sees: their file's name instead of any path,
// the line of the first error, and a plain message when the harness's shim could not call them.
import type { CompiledLanguage } from './toolchains.ts'
import { SHIM_FILE } from './harness-sources.ts'

/** The most of a compiler's output a run keeps. */
const MESSAGE_CHARS = 8_000

export interface CompileError {
  message: string
  /** The 1-based line in the candidate's file of the first error, when it is in their file. */
  line?: number
  /** The first error alone, for each case's row. */
  summary: string
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Removes every folder prefix the compiler may print (sandbox or host), leaving file names. */
export function redactPaths(text: string, folders: readonly string[]): string {
  let out = text
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`
    out = out.replace(new RegExp(escapeForRegExp(prefix), 'g'), '')
  }
  return out
}

export function parseCompileError(
  language: CompiledLanguage,
  output: string,
  folders: readonly string[],
  codeFileName: string,
  expectedSignature: string,
): CompileError {
  const lines = redactPaths(output, folders)
    .split('\n')
    // g++'s "In file included from pairwise_shim.cpp:1" is the harness's doing, not theirs.
    .filter((line) => !line.startsWith('In file included from'))
  const text = lines.join('\n').trim()
  const file = escapeForRegExp(codeFileName)
  const pattern =
    language === 'java'
      ? new RegExp(`^${file}:(\\d+): error: `)
      : new RegExp(`^${file}:(\\d+):(?:\\d+:)? (?:fatal )?error: `)
  let line: number | undefined
  let summary: string | undefined
  for (const candidate of lines) {
    const match = pattern.exec(candidate)
    if (match) {
      line = Number(match[1])
      summary = candidate
      break
    }
  }
  let message = text
  if (line === undefined && language === 'cpp' && text.includes(`${SHIM_FILE}:`)) {
    // Their file compiled, but the function is missing or takes other types than the problem's.
    const shim = lines.find((l) => l.includes(`${SHIM_FILE}:`) && l.includes('error')) ?? ''
    summary = `${codeFileName}: the harness cannot call ${expectedSignature}`
    message = `${summary}\n(${shim.replace(/^\S+ /, '').trim()})\n\n${text}`
  }
  if (line === undefined && language === 'cpp' && /undefined reference to/.test(text)) {
    summary = `${codeFileName}: a function is declared but never defined`
  }
  if (message.length > MESSAGE_CHARS) {
    message = `${message.slice(0, MESSAGE_CHARS)}\n… [the compiler said more]`
  }
  if (message === '') message = 'The code did not compile.'
  return {
    message,
    ...(line === undefined ? {} : { line }),
    summary: summary ?? message.split('\n')[0] ?? 'The code did not compile.',
  }
}
