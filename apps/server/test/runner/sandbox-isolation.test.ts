// What untrusted code must not reach from the sandbox: secrets, files, the network, the machine.
import type { RunResult } from '@pairwise/shared'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLocalRunner,
  createSandboxRunner,
  resolveRunnerOptions,
  type RunLimits,
} from '../../src/runner/index.ts'
import { cgroupsAvailable } from '../../src/runner/cgroup.ts'
import { HARNESS_DIR } from '../../src/runner/runner-options.ts'
import { hasBwrap, hasPython, warnIfMissing } from './helpers/environment.ts'
import { functionCase } from './helpers/fixtures.ts'

warnIfMissing('sandbox isolation', { bwrap: true, python: true })

const REPO_PACKAGE_JSON = fileURLToPath(new URL('../../../../package.json', import.meta.url))
const sandbox = createSandboxRunner(resolveRunnerOptions())
const local = createLocalRunner(resolveRunnerOptions())

/** Runs `probe(arg)`, a Python function, and returns what it returned or the error it raised. */
function probe(code: string, arg: unknown, limits?: Partial<RunLimits>, runner = sandbox) {
  return runner.run({
    language: 'python',
    code,
    functionName: 'probe',
    cases: [functionCase('probe', [arg], null)],
    ...(limits ? { limits } : {}),
  })
}

function outcome(result: RunResult): unknown {
  return result.tests[0]?.error ?? result.tests[0]?.actual
}

const READ_FILE =
  'def probe(path):\n    with open(path, "rb") as handle:\n        return handle.read().decode("latin-1")\n'

describe.skipIf(!hasBwrap || !hasPython)('sandbox isolation', () => {
  let hostDir = ''
  beforeAll(async () => {
    hostDir = await mkdtemp(path.join(os.tmpdir(), 'pairwise-isolation-'))
    // Readable and writable by anyone, so only the sandbox can be what keeps the code out.
    await chmod(hostDir, 0o777)
  })
  afterAll(async () => {
    await rm(hostDir, { recursive: true, force: true })
  })

  it("cannot see the server's environment variables", async () => {
    process.env.PAIRWISE_TEST_SECRET = 'sk-test-do-not-leak-4242'
    try {
      const code = 'import os\n\ndef probe(_):\n    return dict(os.environ)\n'
      const result = await probe(code, null)
      const seen = result.tests[0]?.actual as Record<string, string>
      expect(Object.keys(seen).sort()).toEqual(expect.arrayContaining(['HOME', 'LANG', 'PATH']))
      expect(JSON.stringify(seen)).not.toContain('sk-test-do-not-leak-4242')
      expect(seen).not.toHaveProperty('PAIRWISE_TEST_SECRET')
    } finally {
      delete process.env.PAIRWISE_TEST_SECRET
    }
  })

  it("cannot read the project's files or a database file on the host", async () => {
    const database = path.join(hostDir, 'pairwise.db')
    await writeFile(database, 'SQLite format 3\u0000 secret-row-7781', { mode: 0o644 })
    // The same code outside the sandbox does read it: the file is readable to the code's user.
    expect(outcome(await probe(READ_FILE, database, undefined, local))).toContain('secret-row-7781')

    const fromDb = await probe(READ_FILE, database)
    expect(fromDb.status).toBe('error')
    expect(outcome(fromDb)).toContain('FileNotFoundError')
    const fromRepo = await probe(READ_FILE, REPO_PACKAGE_JSON)
    expect(outcome(fromRepo)).toContain('FileNotFoundError')
    const etc = await probe(READ_FILE, '/etc/passwd')
    expect(outcome(etc)).toContain('FileNotFoundError')
  })

  it('cannot write outside its private /tmp', async () => {
    const target = path.join(hostDir, 'notes.txt')
    await writeFile(target, 'original', { mode: 0o666 })
    const code = [
      'def probe(target):',
      '    outcomes = []',
      "    for path in [target, '/usr/pwned', '/job/pwned', '/tmp/ok']:",
      '        try:',
      "            with open(path, 'w') as handle:",
      "                handle.write('pwned')",
      "            outcomes.append('wrote')",
      '        except OSError as error:',
      '            outcomes.append(type(error).__name__)',
      '    return outcomes',
    ].join('\n')
    const result = await probe(code, target)
    const outcomes = result.tests[0]?.actual as string[]
    expect(outcomes.slice(0, 3)).not.toContain('wrote')
    expect(outcomes[3]).toBe('wrote')
    expect(await readFile(target, 'utf8')).toBe('original')
  })

  it('cannot open a TCP connection to the host', async () => {
    let connections = 0
    const server = net.createServer((socket) => {
      connections += 1
      socket.destroy()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    try {
      const code = [
        'import socket',
        '',
        'def probe(port):',
        "    socket.create_connection(('127.0.0.1', port), timeout=2).close()",
        "    return 'connected'",
      ].join('\n')
      // Outside the sandbox the same code connects, so the server does count connections.
      expect(outcome(await probe(code, port, undefined, local))).toBe('connected')
      const before = connections
      const result = await probe(code, port)
      expect(result.status).toBe('error')
      expect(outcome(result)).toMatch(/ConnectionRefusedError|OSError|Network is unreachable/)
      expect(connections).toBe(before)
    } finally {
      server.close()
    }
  })

  it('keeps the sandbox root read-only and shared memory small', async () => {
    // Files stay under RLIMIT_FSIZE (16 MB); the second one in /dev/shm overflows its 16 MB.
    const write = [
      'def probe(path):',
      '    try:',
      '        for i in range(2):',
      '            with open(f"{path}.{i}", "wb") as f:',
      '                f.write(b"x" * (12 * 1024 * 1024))',
      '        return "wrote"',
      '    except OSError as e:',
      '        return e.strerror',
    ].join('\n')
    expect(outcome(await probe(write, '/escape'))).toBe('Read-only file system')
    expect(outcome(await probe(write, '/dev/shm/fill'))).toBe('No space left on device')
    expect(outcome(await probe(write, '/tmp/fine'))).toBe('wrote')
  })

  it.skipIf(!cgroupsAvailable())(
    'holds the memory limit across every process of a run, not just each one',
    async () => {
      const code = [
        'import os, time',
        '',
        'def probe(children):',
        '    r, w = os.pipe()',
        '    for _ in range(children):',
        '        if os.fork() == 0:',
        '            b = bytearray(200 * 1024 * 1024)',
        '            for j in range(0, len(b), 4096):',
        '                b[j] = 1',
        "            os.write(w, b'1')",
        '            time.sleep(5)',
        '            os._exit(0)',
        '    got = 0',
        '    while got < children:',
        '        got += len(os.read(r, 16))',
        '    return got',
      ].join('\n')
      // Each child stays under the per-process limit of 512 MB; together they would hold 1.2 GB.
      const result = await probe(code, 6, { memoryMb: 512, wallMs: 8_000 })
      expect(result.status).toBe('memory')
      expect(result.error).toMatch(/whole run/)
    },
    20_000,
  )

  it('contains a fork bomb, and the next run works', async () => {
    const marker = '313.37'
    const code = [
      'import os',
      '',
      'def probe(marker):',
      '    while True:',
      '        try:',
      '            if os.fork() == 0:',
      "                os.execv('/usr/bin/sleep', ['sleep', marker])",
      '        except OSError:',
      '            pass',
    ].join('\n')
    let most = 0
    const watching = setInterval(() => {
      void countProcesses(`sleep\u0000${marker}`).then((count) => {
        most = Math.max(most, count)
      })
    }, 100)
    const result = await probe(code, marker, { processes: 16, wallMs: 2_000 }).finally(() =>
      clearInterval(watching),
    )
    expect(result.status).toBe('timeout')
    expect(most).toBeGreaterThan(0)
    expect(most).toBeLessThanOrEqual(16)
    expect(await countProcesses(`sleep\u0000${marker}`)).toBe(0)

    const after = await probe('def probe(x):\n    return x\n', 7)
    expect(after.tests[0]?.actual).toBe(7)
  })

  it('ends an 8 GB allocation as a memory error, in Python and in TypeScript', async () => {
    const python = await probe(
      'import numpy as np\n\ndef probe(size):\n    return int(np.ones(size, dtype=np.uint8).sum())\n',
      8 * 1024 ** 3,
    )
    expect(python.status).toBe('memory')
    expect(python.tests[0]?.error).toContain('MemoryError')

    const typescript = await sandbox.run({
      language: 'typescript',
      code: [
        'export function probe(gigabytes: number): number {',
        '  const blocks: Float64Array[] = []',
        '  for (let i = 0; i < gigabytes * 8; i++) blocks.push(new Float64Array(16 * 1024 * 1024))',
        '  return blocks.length',
        '}',
      ].join('\n'),
      functionName: 'probe',
      cases: [functionCase('probe', [8], 64)],
    })
    expect(typescript.status).toBe('memory')
    const heap = await sandbox.run({
      language: 'typescript',
      code: 'export function probe(): number {\n  const all: number[][] = []\n  for (;;) all.push(new Array(1e6).fill(1.5))\n}\n',
      functionName: 'probe',
      cases: [functionCase('probe', [], 0)],
    })
    expect(['memory', 'error']).toContain(heap.status)
    expect(heap.status).toBe('memory')
  })

  it('caps 100 MB of output and stops the run', async () => {
    const code = "def probe(_):\n    for _ in range(100_000):\n        print('x' * 1000)\n"
    const started = Date.now()
    const result = await probe(code, null, { outputBytes: 64 * 1024 })
    expect(result.status).toBe('error')
    expect(result.error).toContain('Output limit exceeded')
    expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024)
    expect(result.stdout.length).toBeGreaterThan(60 * 1024)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('shows no host path to the code: not in /proc/1 (bwrap), nor in its mounts', async () => {
    const code = [
      'def probe(_):',
      '    seen = {}',
      "    for name in ['/proc/1/cmdline', '/proc/1/environ', '/proc/self/cmdline',",
      "                 '/proc/self/environ', '/proc/self/mountinfo']:",
      "        with open(name, 'rb') as handle:",
      "            seen[name] = handle.read().decode('latin-1')",
      '    return seen',
    ].join('\n')
    const result = await probe(code, null)
    const seen = result.tests[0]?.actual as Record<string, string>
    expect(seen['/proc/1/cmdline']).toContain('/job/job.json')
    expect(seen['/proc/self/mountinfo']).toContain(' /harness ')
    const hostPaths = [process.cwd(), HARNESS_DIR, os.tmpdir() + '/pairwise-run-', os.homedir()]
    for (const [file, text] of Object.entries(seen)) {
      for (const hostPath of hostPaths) {
        if (hostPath === '/' || hostPath === '/tmp/pairwise-run-') continue
        expect({ file, leaks: text.includes(hostPath) }).toEqual({ file, leaks: false })
      }
    }
    // bwrap's own environment has a neutral working directory, not the server's.
    expect(seen['/proc/1/environ']).toMatch(/(^|\0)PWD=\/(\0|$)/)
    expect(seen['/proc/1/cmdline']).not.toMatch(/--ro-bind|--setenv/)
  })

  it.each(['python', 'typescript'] as const)(
    'caps what a %s run reports: 64 KB a value, a marked preview past it, about 1 MB a run',
    async (language) => {
      const code =
        language === 'python'
          ? "def probe(n):\n    if n == 0:\n        raise ValueError('B' * 5_000_000)\n    return 'A' * n\n"
          : "export function probe(n: number): string {\n  if (n === 0) throw new Error('B'.repeat(5_000_000))\n  return 'A'.repeat(n)\n}\n"
      const cases = [
        functionCase('huge', [5_000_000], 'A'),
        functionCase('raises', [0], 'A'),
        ...Array.from({ length: 24 }, (_, i) => functionCase(`big ${i}`, [60_000], 'A')),
      ]
      const result = await sandbox.run({ language, code, functionName: 'probe', cases })
      const [huge, raises] = result.tests
      expect(result.status).toBe('error')
      expect(String(huge?.actual)).toMatch(/… \[truncated: 5000002 bytes in all\]$/)
      expect(String(huge?.actual).length).toBeLessThanOrEqual(64 * 1024)
      expect(raises?.error).toMatch(/\[truncated: \d+ bytes in all\]$/)
      expect(raises?.error?.length).toBeLessThanOrEqual(64 * 1024)
      // 24 values of 60 KB would be 1.4 MB; the run's budget marks the later ones as truncated.
      const size = Buffer.byteLength(JSON.stringify(result))
      expect(size).toBeLessThan(1.2 * 1024 * 1024)
      expect(size).toBeGreaterThan(900 * 1024)
      expect(String(result.tests.at(-1)?.actual)).toContain('[truncated')
    },
    30_000,
  )
})

async function countProcesses(cmdline: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))
  const lines = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '')),
  )
  return lines.filter((line) => line.startsWith(cmdline)).length
}
