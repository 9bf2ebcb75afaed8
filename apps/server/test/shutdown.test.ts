// Graceful shutdown: on SIGTERM the server finishes the requests in flight, then exits cleanly.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

describe('graceful shutdown', () => {
  it('drains a streaming reply in flight, then exits 0', async () => {
    const port = await freePort()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-shutdown-'))
    const base = `http://127.0.0.1:${port}`
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['apps/server/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`,
        PAIRWISE_LOG_LEVEL: 'warn',
        PAIRWISE_RATE_LIMIT: 'off',
      },
      stdio: 'ignore',
    })
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    )
    try {
      for (let i = 0; i < 300; i++) {
        try {
          if ((await fetch(`${base}/api/health`)).ok) break
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      const headers = { 'content-type': 'application/json', origin: base }
      const signup = await fetch(`${base}/api/auth/signup`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          email: 'sd@example.com',
          password: 'correct horse battery',
          name: 'S',
        }),
      })
      const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const session = (await (
        await fetch(`${base}/api/sessions`, {
          method: 'POST',
          headers: { ...headers, cookie },
          body: JSON.stringify({ problemSlug: 'ndcg-at-k', language: 'python' }),
        })
      ).json()) as { session: { id: string } }
      const reply = await fetch(`${base}/api/sessions/${session.session.id}/assistant`, {
        method: 'POST',
        headers: { ...headers, cookie },
        body: JSON.stringify({
          message: 'Can you review my code and explain what the edge cases are?',
        }),
      })
      const reader = reply.body?.getReader()
      const first = await reader?.read()
      expect(new TextDecoder().decode(first?.value)).toContain('event: delta')
      child.kill('SIGTERM')
      let rest = ''
      for (;;) {
        const chunk = await reader?.read()
        if (!chunk || chunk.done) break
        rest += new TextDecoder().decode(chunk.value)
      }
      expect(rest).toMatch(/event: done\ndata: \{"complete":true/)
      expect(await exited).toBe(0)
      await expect(fetch(`${base}/api/health`)).rejects.toThrow()
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)
})
