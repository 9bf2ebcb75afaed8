// Spawns one run's process group and watches it: wall-clock deadline, output caps, abort, fd 3.
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

export interface Launch {
  command: string
  args: string[]
  env: Record<string, string>
  cwd?: string
  /** Written to the process's stdin, which is then closed; without it stdin is /dev/null. */
  stdin?: Buffer
  uid?: number
  gid?: number
}

export interface Watch {
  wallMs: number
  outputBytes: number
  /** Cap on the harness's result channel (fd 3). */
  resultBytes: number
  signal?: AbortSignal
}

export type StopReason = 'deadline' | 'stdout' | 'stderr' | 'results' | 'aborted'

export interface ProcessOutcome {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** What fd 3 carried: one JSON message per line. */
  results: string
  /** Why the runner killed the process, if it did. */
  stoppedBy: StopReason | null
  spawnError?: Error
  durationMs: number
}

/** Pipes stay readable after the exit when a grandchild escaped the group; stop waiting then. */
const CLOSE_GRACE_MS = 1_000

class CappedBuffer {
  private readonly chunks: Buffer[] = []
  private size = 0
  constructor(private readonly cap: number) {}

  /** Keeps what fits and answers false once the stream has gone past its cap. */
  add(chunk: Buffer): boolean {
    const room = this.cap - this.size
    if (room > 0) this.chunks.push(chunk.subarray(0, room))
    this.size += chunk.length
    return this.size <= this.cap
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }
}

export function superviseProcess(launch: Launch, watch: Watch): Promise<ProcessOutcome> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(launch.command, launch.args, {
      env: launch.env,
      ...(launch.cwd === undefined ? {} : { cwd: launch.cwd }),
      // Its own process group, so one kill(-pid) reaches everything it forked.
      detached: true,
      stdio: [launch.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe', 'pipe'],
      ...(launch.uid === undefined ? {} : { uid: launch.uid }),
      ...(launch.gid === undefined ? {} : { gid: launch.gid }),
    })
    if (launch.stdin !== undefined) {
      // A process that dies before reading it all closes the pipe: EPIPE is its own business.
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(launch.stdin)
    }
    const stdout = new CappedBuffer(watch.outputBytes)
    const stderr = new CappedBuffer(watch.outputBytes)
    const results = new CappedBuffer(watch.resultBytes)
    let stoppedBy: StopReason | null = null
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null
    let spawnError: Error | undefined
    let settled = false

    const killGroup = () => {
      if (child.pid === undefined) return
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // The group is already gone.
      }
    }
    const stop = (reason: StopReason) => {
      stoppedBy ??= reason
      killGroup()
    }
    const deadline = setTimeout(() => stop('deadline'), watch.wallMs)
    const onAbort = () => stop('aborted')
    watch.signal?.addEventListener('abort', onAbort, { once: true })
    if (watch.signal?.aborted) stop('aborted')

    const streams = [child.stdout, child.stderr, child.stdio[3]] as (Readable | null)[]
    const read = (stream: Readable | null, buffer: CappedBuffer, reason: StopReason) => {
      stream?.on('data', (chunk: Buffer) => {
        if (!buffer.add(chunk)) {
          stop(reason)
          stream.destroy()
        }
      })
      stream?.on('error', () => undefined)
    }
    read(child.stdout, stdout, 'stdout')
    read(child.stderr, stderr, 'stderr')
    read(streams[2] ?? null, results, 'results')

    const finish = () => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      watch.signal?.removeEventListener('abort', onAbort)
      // Whatever is still in the group (a daemonised grandchild) goes too.
      killGroup()
      for (const stream of streams) stream?.destroy()
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        stdout: stdout.text(),
        stderr: stderr.text(),
        results: results.text(),
        stoppedBy,
        ...(spawnError === undefined ? {} : { spawnError }),
        durationMs: Math.round(performance.now() - started),
      })
    }
    child.on('error', (error) => {
      spawnError = error
      finish()
    })
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      setTimeout(finish, CLOSE_GRACE_MS).unref()
    })
    child.on('close', finish)
  })
}
