// Spawns one run's process group and watches it: wall-clock deadline, output caps, abort, fd 3.
import { spawn } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'

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

/** A started process whose watch has not begun: a warm start waits for its job this way. */
export interface StartedProcess {
  /**
   * Resolves true once the harness reported it is ready (its first line on fd 3 is a message
   * of type `ready`), false when the process ends first or says something else.
   */
  readonly ready: Promise<boolean>
  /** Resolves once the process has ended and its pipes are closed (or abandoned). */
  readonly ended: Promise<ProcessOutcome>
  /** False from the moment the process exited or could not start. */
  readonly alive: boolean
  /**
   * Begins the watch: output from before now is dropped (it is the warm-up's, not the code's),
   * the deadline starts, and `go` is written to the process's fd 4, which is then closed.
   */
  run(watch: Pick<Watch, 'wallMs' | 'signal'>, go?: Buffer): Promise<ProcessOutcome>
  /** Kills the whole group: a warm process nobody will use. */
  kill(): void
  /** Whether the server may exit while this process idles (true), or waits for it (false). */
  hold(held: boolean): void
}

/** The longest first line on fd 3 that is read as a ready message. */
const READY_LINE_BYTES = 64

function isReadyLine(line: string): boolean {
  try {
    const message: unknown = JSON.parse(line)
    return typeof message === 'object' && message !== null && 'type' in message
      ? message.type === 'ready'
      : false
  } catch {
    return false
  }
}

/**
 * Spawns the process now; its deadline starts with run(). With `goPipe`, the process gets a
 * pipe on fd 4 that run() writes to, so a warm harness can wait on it for its job.
 */
export function startProcess(
  launch: Launch,
  caps: Pick<Watch, 'outputBytes' | 'resultBytes'>,
  options: { goPipe?: boolean } = {},
): StartedProcess {
  const child = spawn(launch.command, launch.args, {
    env: launch.env,
    ...(launch.cwd === undefined ? {} : { cwd: launch.cwd }),
    // Its own process group, so one kill(-pid) reaches everything it forked.
    detached: true,
    stdio: [
      launch.stdin === undefined ? 'ignore' : 'pipe',
      'pipe',
      'pipe',
      'pipe',
      ...(options.goPipe ? (['pipe'] as const) : []),
    ],
    ...(launch.uid === undefined ? {} : { uid: launch.uid }),
    ...(launch.gid === undefined ? {} : { gid: launch.gid }),
  })
  if (launch.stdin !== undefined) {
    // A process that dies before reading it all closes the pipe: EPIPE is its own business.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(launch.stdin)
  }
  const goPipe = options.goPipe ? (child.stdio[4] as Writable | null) : null
  goPipe?.on('error', () => undefined)
  let stdout = new CappedBuffer(caps.outputBytes)
  let stderr = new CappedBuffer(caps.outputBytes)
  let results = new CappedBuffer(caps.resultBytes)
  let stoppedBy: StopReason | null = null
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null
  let spawnError: Error | undefined
  let watching: { started: number; deadline: NodeJS.Timeout; watch: Pick<Watch, 'signal'> } | null =
    null
  let onAbort: (() => void) | null = null
  let outcome: ProcessOutcome | null = null
  let markEnded: (outcome: ProcessOutcome) => void = () => undefined
  const ended = new Promise<ProcessOutcome>((resolve) => (markEnded = resolve))
  let markReady: (ready: boolean) => void = () => undefined
  const ready = new Promise<boolean>((resolve) => (markReady = resolve))
  let readyText: string | null = ''

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

  const streams = [child.stdout, child.stderr, child.stdio[3]] as (Readable | null)[]
  const read = (stream: Readable | null, buffer: () => CappedBuffer, reason: StopReason) => {
    stream?.on('data', (chunk: Buffer) => {
      if (!buffer().add(chunk)) {
        stop(reason)
        stream.destroy()
      }
    })
    stream?.on('error', () => undefined)
  }
  read(child.stdout, () => stdout, 'stdout')
  read(child.stderr, () => stderr, 'stderr')
  read(streams[2] ?? null, () => results, 'results')
  if (goPipe) {
    // The ready line comes before anything the code could write: the code is not there yet.
    streams[2]?.on('data', (chunk: Buffer) => {
      if (watching || readyText === null) return
      readyText += chunk.toString('utf8')
      const end = readyText.indexOf('\n')
      if (end >= 0) markReady(isReadyLine(readyText.slice(0, end)))
      if (end >= 0 || readyText.length > READY_LINE_BYTES) {
        if (end < 0) markReady(false)
        readyText = null
      }
    })
  } else markReady(true)

  const finish = () => {
    if (outcome) return
    if (watching) {
      clearTimeout(watching.deadline)
      if (onAbort) watching.watch.signal?.removeEventListener('abort', onAbort)
    }
    // Whatever is still in the group (a daemonised grandchild) goes too.
    killGroup()
    for (const stream of streams) stream?.destroy()
    goPipe?.destroy()
    markReady(false)
    outcome = {
      exitCode: exit?.code ?? null,
      signal: exit?.signal ?? null,
      stdout: stdout.text(),
      stderr: stderr.text(),
      results: results.text(),
      stoppedBy,
      ...(spawnError === undefined ? {} : { spawnError }),
      durationMs: watching ? Math.round(performance.now() - watching.started) : 0,
    }
    markEnded(outcome)
  }
  let alive = true
  child.on('error', (error) => {
    alive = false
    spawnError = error
    finish()
  })
  child.on('exit', (code, signal) => {
    alive = false
    exit = { code, signal }
    setTimeout(finish, CLOSE_GRACE_MS).unref()
  })
  child.on('close', finish)

  const handles = [child, ...streams, goPipe] as ({ ref?: () => void; unref?: () => void } | null)[]
  return {
    ready,
    ended,
    get alive() {
      return alive
    },
    run(watch, go) {
      if (!outcome && !watching) {
        if (goPipe) {
          stdout = new CappedBuffer(caps.outputBytes)
          stderr = new CappedBuffer(caps.outputBytes)
          results = new CappedBuffer(caps.resultBytes)
        }
        watching = {
          started: performance.now(),
          deadline: setTimeout(() => stop('deadline'), watch.wallMs),
          watch,
        }
        onAbort = () => stop('aborted')
        watch.signal?.addEventListener('abort', onAbort, { once: true })
        if (watch.signal?.aborted) stop('aborted')
        goPipe?.end(go ?? Buffer.alloc(0))
      }
      return ended
    },
    kill() {
      alive = false
      killGroup()
    },
    hold(held) {
      for (const handle of handles) {
        if (held) handle?.ref?.()
        else handle?.unref?.()
      }
    },
  }
}

export function superviseProcess(launch: Launch, watch: Watch): Promise<ProcessOutcome> {
  return startProcess(launch, watch).run(watch)
}
