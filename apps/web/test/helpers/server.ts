// Browser-test helpers: build the web app when its dist is missing or older than its sources,
// and run the real server as a child process that can be stopped and restarted on the same
// port and database.
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const WEB_ROOT = path.join(REPO_ROOT, 'apps/web')
export const WEB_DIST = path.join(WEB_ROOT, 'dist')

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** Runs `vite build` unless dist/index.html is newer than every source the bundle is made of. */
export function ensureWebBuild() {
  const index = path.join(WEB_DIST, 'index.html')
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  const sources = [
    path.join(WEB_ROOT, 'src'),
    path.join(WEB_ROOT, 'public'),
    path.join(WEB_ROOT, 'index.html'),
    path.join(WEB_ROOT, 'vite.config.ts'),
    path.join(WEB_ROOT, 'vite-plugins'),
    path.join(REPO_ROOT, 'packages/shared/src'),
  ]
  if (built > Math.max(...sources.map(newestMtime))) return
  const vite = path.join(REPO_ROOT, 'node_modules/.bin/vite')
  const bin = fs.existsSync(vite) ? vite : path.join(WEB_ROOT, 'node_modules/.bin/vite')
  const result = spawnSync(bin, ['build', '--logLevel', 'warn'], {
    cwd: WEB_ROOT,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export interface ServerHandle {
  url: string
  /** The server's database, for a CLI command run beside it. */
  databaseUrl: string
  stop(): Promise<void>
  start(): Promise<void>
  /** The last lines the server printed, for failure messages. */
  log(): string
  /** Removes the temporary database. */
  cleanUp(): Promise<void>
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs} ms`)
}

/** Starts the real server; extraEnv adds settings (e.g. an Anthropic stand-in's base URL). */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<ServerHandle> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-e2e-'))
  const url = `http://127.0.0.1:${port}`
  const lines: string[] = []
  let child: ChildProcess | null = null

  const start = async () => {
    const proc = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['apps/server/src/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
        PAIRWISE_RATE_LIMIT: 'off',
        PAIRWISE_LOG_LEVEL: 'warn',
        PAIRWISE_WEB_DIST: WEB_DIST,
        NODE_ENV: 'production',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean))
      lines.splice(0, Math.max(0, lines.length - 60))
    }
    proc.stdout?.on('data', keep)
    proc.stderr?.on('data', keep)
    child = proc
    await waitForHealth(url, proc, 90_000)
  }

  const stop = async () => {
    const proc = child
    child = null
    if (!proc || proc.exitCode !== null) return
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
    proc.kill('SIGTERM')
    const force = setTimeout(() => proc.kill('SIGKILL'), 12_000)
    await exited
    clearTimeout(force)
  }

  await start()
  return {
    url,
    databaseUrl: extraEnv.DATABASE_URL ?? `file:${path.join(dir, 'e2e.db')}`,
    start,
    stop,
    log: () => lines.join('\n'),
    cleanUp: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
