// Finds out whether bubblewrap really works here, by running `true` inside it once.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { codeEnvironment, resolveRunnerOptions } from './runner-options.ts'
import { bwrapBaseArgs } from './sandbox-runner.ts'
import type { RunnerOptions } from './types.ts'

export type SandboxCheck = { ok: true } | { ok: false; reason: string }

const PROBE_TIMEOUT_MS = 10_000

export async function detectSandbox(options: RunnerOptions = {}): Promise<SandboxCheck> {
  const resolved = resolveRunnerOptions(options)
  if (!existsSync(resolved.bwrapPath)) {
    return { ok: false, reason: `bubblewrap is not installed (${resolved.bwrapPath})` }
  }
  const args = [...bwrapBaseArgs(resolved), '--tmpfs', '/tmp', '--', '/usr/bin/true']
  return new Promise((resolve) => {
    const child = spawn(resolved.bwrapPath, args, {
      env: codeEnvironment('/tmp'),
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: PROBE_TIMEOUT_MS,
      ...(resolved.runAs ?? {}),
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.on('error', (error) => resolve({ ok: false, reason: error.message }))
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ok: true })
      else {
        const how = signal ?? `exit code ${code}`
        resolve({ ok: false, reason: `bubblewrap failed (${how}): ${stderr.trim().slice(0, 500)}` })
      }
    })
  })
}
