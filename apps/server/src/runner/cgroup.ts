// Confines a whole run (every process it forks) to one cgroup: a memory ceiling and a process cap
// for the job as a whole, which per-process rlimits cannot give. Uses cgroup v2 where its memory
// and pids controllers are delegated, else the v1 memory and pids hierarchies; where neither is
// writable (an unprivileged server) runs keep only their rlimits, and `available()` says so.
import fs from 'node:fs'
import path from 'node:path'

const V2_ROOT = '/sys/fs/cgroup'
const V1_MEMORY = '/sys/fs/cgroup/memory'
const V1_PIDS = '/sys/fs/cgroup/pids'
const PARENT = 'pairwise-runs'

export interface JobLimits {
  memoryBytes: number
  processes: number
}

export interface JobCgroup {
  /** The files a process writes its own pid into to join the job's cgroup(s). */
  procsFiles: string[]
  /** Lets the user the code runs as move its own process in (it cannot otherwise). */
  delegate(owner: { uid: number; gid: number }): void
  /** Whether the kernel killed something in the job for exceeding the memory ceiling. */
  oomKilled(): boolean
  remove(): void
}

type Layout = { kind: 'v2'; root: string } | { kind: 'v1'; memory: string; pids: string | null }

let layout: Layout | null | undefined

function writable(dir: string): boolean {
  try {
    fs.mkdirSync(path.join(dir, PARENT), { recursive: true })
    fs.accessSync(path.join(dir, PARENT), fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

function detect(): Layout | null {
  try {
    const controllers = fs.readFileSync(path.join(V2_ROOT, 'cgroup.controllers'), 'utf8')
    if (/\bmemory\b/.test(controllers) && /\bpids\b/.test(controllers) && writable(V2_ROOT)) {
      const parent = path.join(V2_ROOT, PARENT)
      fs.writeFileSync(path.join(parent, 'cgroup.subtree_control'), '+memory +pids')
      return { kind: 'v2', root: parent }
    }
  } catch {
    // Not a v2 host, or its controllers are not ours to use.
  }
  if (fs.existsSync(path.join(V1_MEMORY, 'memory.limit_in_bytes')) && writable(V1_MEMORY)) {
    const pids = fs.existsSync(path.join(V1_PIDS, 'pids.max')) && writable(V1_PIDS) ? V1_PIDS : null
    return {
      kind: 'v1',
      memory: path.join(V1_MEMORY, PARENT),
      pids: pids && path.join(pids, PARENT),
    }
  }
  return null
}

export function cgroupsAvailable(): boolean {
  layout ??= detect()
  return layout !== null
}

function removeDir(dir: string) {
  // A cgroup can only be removed once empty; the run's processes are already killed.
  for (let i = 0; i < 20; i++) {
    try {
      fs.rmdirSync(dir)
      return
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)
    }
  }
}

export function createJobCgroup(jobId: string, limits: JobLimits): JobCgroup | null {
  if (!cgroupsAvailable() || !layout) return null
  const l = layout
  try {
    if (l.kind === 'v2') {
      const dir = path.join(l.root, jobId)
      fs.mkdirSync(dir)
      fs.writeFileSync(path.join(dir, 'memory.max'), String(limits.memoryBytes))
      fs.writeFileSync(path.join(dir, 'memory.swap.max'), '0')
      fs.writeFileSync(path.join(dir, 'pids.max'), String(limits.processes))
      const procs = path.join(dir, 'cgroup.procs')
      return {
        procsFiles: [procs],
        delegate: ({ uid, gid }) => fs.chownSync(procs, uid, gid),
        oomKilled: () =>
          /oom_kill (\d+)/.exec(fs.readFileSync(path.join(dir, 'memory.events'), 'utf8'))?.[1] !==
          '0',
        remove: () => removeDir(dir),
      }
    }
    const memory = path.join(l.memory, jobId)
    fs.mkdirSync(memory)
    fs.writeFileSync(path.join(memory, 'memory.limit_in_bytes'), String(limits.memoryBytes))
    try {
      fs.writeFileSync(path.join(memory, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes))
    } catch {
      // Swap accounting is off on this kernel; the memory ceiling still holds.
    }
    const pids = l.pids ? path.join(l.pids, jobId) : null
    if (pids) {
      fs.mkdirSync(pids)
      fs.writeFileSync(path.join(pids, 'pids.max'), String(limits.processes))
    }
    const procsFiles = [
      path.join(memory, 'cgroup.procs'),
      ...(pids ? [path.join(pids, 'cgroup.procs')] : []),
    ]
    return {
      procsFiles,
      delegate: ({ uid, gid }) => {
        for (const file of procsFiles) fs.chownSync(file, uid, gid)
      },
      oomKilled: () => {
        try {
          return (
            /oom_kill (\d+)/.exec(
              fs.readFileSync(path.join(memory, 'memory.oom_control'), 'utf8'),
            )?.[1] !== '0'
          )
        } catch {
          return false
        }
      },
      remove: () => {
        removeDir(memory)
        if (pids) removeDir(pids)
      },
    }
  } catch {
    return null
  }
}

/**
 * Wraps a launch so that the process joins the job's cgroups before it execs the real command:
 * moving it from outside after spawn would race with the children it forks at once. If joining
 * fails, the run fails (exit 97) rather than running unconfined.
 */
export function joinCgroupFirst(
  cgroup: JobCgroup,
  launch: { command: string; args: string[] },
): { command: string; args: string[] } {
  const script =
    'for f in "$@"; do [ "$f" = -- ] && break; echo $$ > "$f" || { echo "pairwise: cannot join the run cgroup" >&2; exit 97; }; shift; done; shift; exec "$@"'
  return {
    command: '/bin/sh',
    args: [
      '-c',
      script,
      'pairwise-run',
      ...cgroup.procsFiles,
      '--',
      launch.command,
      ...launch.args,
    ],
  }
}
