// Serving the built web app: the brotli, gzip or plain variant by Accept-Encoding, year-long
// caching for hashed assets only, ETag revalidation, and nothing outside the built folder.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildApp } from '../src/app.ts'
import { acceptedEncodings } from '../src/http/web-assets.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { createTestApp, type TestApp } from './helpers/test-app.ts'

const SCRIPT = `export const editor = ${JSON.stringify('monaco '.repeat(400))}\n`
const PAGE = `<!doctype html><html><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body>${'<div></div>'.repeat(60)}</body></html>\n`
const SECRET = 'the contents of a file beside the build folder'

/** A built app as Vite and the precompress plugin leave it, next to a file it must not serve. */
function writeDist(root: string): string {
  const dist = path.join(root, 'dist')
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true })
  const write = (file: string, content: string | Buffer, variants: boolean) => {
    const full = path.join(dist, file)
    fs.writeFileSync(full, content)
    if (!variants) return
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(content))
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content))
  }
  write('index.html', PAGE, true)
  write('assets/app-3f9a1c.js', SCRIPT, true)
  write(
    'assets/KaTeX_Main-Bold-Cx986IdX.woff2',
    Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]),
    false,
  )
  write('theme-init.js', 'document.documentElement.dataset.theme = "light"\n', false)
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET)
  return dist
}

describe('the built web app over HTTP', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-static-'))
  const dist = writeDist(root)
  let t: TestApp
  let app: ReturnType<typeof buildApp>

  beforeAll(async () => {
    const sqlite = DIALECTS.find((d) => d.name === 'sqlite')
    if (!sqlite) throw new Error('no SQLite dialect')
    t = await createTestApp(sqlite, { webDist: dist })
    app = buildApp(t.deps, { serveWeb: true })
  })

  afterAll(async () => {
    await t?.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers })
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer())

  test('a browser that accepts brotli gets the .br file, cached for a year', async () => {
    const res = await get('/assets/app-3f9a1c.js', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    const body = await bytes(res)
    expect(Number(res.headers.get('content-length'))).toBe(body.length)
    expect(body.length).toBeLessThan(SCRIPT.length / 4)
    expect(zlib.brotliDecompressSync(body).toString()).toBe(SCRIPT)
  })

  test('gzip when brotli is not accepted, or refused with q=0', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip', 'gzip;q=1, br;q=0.5']) {
      const res = await get('/assets/app-3f9a1c.js', { 'accept-encoding': accept })
      expect(res.headers.get('content-encoding'), accept).toBe('gzip')
      expect(zlib.gunzipSync(await bytes(res)).toString()).toBe(SCRIPT)
    }
  })

  test('the plain file without Accept-Encoding, still marked as varying by it', async () => {
    const requests: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0' },
    ]
    for (const headers of requests) {
      const res = await get('/assets/app-3f9a1c.js', headers)
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('vary')).toBe('Accept-Encoding')
      expect((await bytes(res)).toString()).toBe(SCRIPT)
    }
  })

  test('a file the build did not compress is sent as it is, with no Vary', async () => {
    const res = await get('/assets/KaTeX_Main-Bold-Cx986IdX.woff2', { 'accept-encoding': 'br' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('font/woff2')
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(res.headers.get('vary')).toBeNull()
    expect([...(await bytes(res))]).toEqual([0x77, 0x4f, 0x46, 0x32, 1, 2, 3])
  })

  test('a known ETag gets 304 without a body; each encoding has an ETag of its own', async () => {
    const first = await get('/assets/app-3f9a1c.js', { 'accept-encoding': 'br' })
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await get('/assets/app-3f9a1c.js', {
      'accept-encoding': 'br',
      'if-none-match': etag,
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('content-encoding')).toBe('br')
    expect((await bytes(again)).length).toBe(0)
    // The same validator does not stand for the gzip bytes.
    const gzip = await get('/assets/app-3f9a1c.js', {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    })
    expect(gzip.status).toBe(200)
    expect(gzip.headers.get('etag')).not.toBe(etag)
  })

  test('index.html is revalidated, never immutable, for / and for every page route', async () => {
    for (const url of ['/', '/index.html', '/problems/ndcg-at-k', '/sessions/abc']) {
      const res = await get(url, { 'accept-encoding': 'gzip, br' })
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(res.headers.get('cache-control')).not.toContain('immutable')
      expect(res.headers.get('content-encoding')).toBe('br')
      expect(zlib.brotliDecompressSync(await bytes(res)).toString()).toBe(PAGE)
    }
    const etag = (await get('/')).headers.get('etag') ?? ''
    expect((await get('/practice', { 'if-none-match': etag })).status).toBe(304)
    expect((await get('/theme-init.js')).headers.get('cache-control')).toBe('no-cache')
  })

  test('a missing hashed file is a 404, not the page; the API is untouched', async () => {
    const missing = await get('/assets/app-0000000.js', { 'accept-encoding': 'br' })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-encoding')).toBeNull()
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/)
    // A compressed sibling is not a file of its own.
    expect((await get('/assets/app-3f9a1c.js.br')).status).toBe(404)
    const api = await get('/api/no-such-route')
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } })
    expect((await get('/api/health')).status).toBe(200)
  })

  test('HEAD answers the headers of GET without the body', async () => {
    const res = await app.request('/assets/app-3f9a1c.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
    expect((await bytes(res)).length).toBe(0)
  })

  test('no request path reaches a file outside the build folder', async () => {
    // Over a real socket, so the paths arrive exactly as written (fetch would normalise them).
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const { port } = server.address() as AddressInfo
    const rawGet = (rawPath: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: rawPath, agent: false },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
            )
          },
        )
        req.on('error', reject)
        req.end()
      })
    try {
      const attempts = [
        '/../secret.txt',
        '/assets/../../secret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..%5csecret.txt',
        '/assets/..\\..\\secret.txt',
        '//secret.txt',
        `/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
      ]
      for (const attempt of attempts) {
        const res = await rawGet(attempt)
        expect(res.body, attempt).not.toContain(SECRET)
      }
      // The same socket does serve what is inside.
      expect((await rawGet('/assets/app-3f9a1c.js')).body).toBe(SCRIPT)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})

describe('reading Accept-Encoding', () => {
  test('q-values, wildcards and case', () => {
    expect([...acceptedEncodings('gzip, deflate, br')]).toEqual([
      ['br', 1],
      ['gzip', 1],
    ])
    expect([...acceptedEncodings('BR;Q=0.4, *;q=0.2')]).toEqual([
      ['br', 0.4],
      ['gzip', 0.2],
    ])
    expect([...acceptedEncodings('*;q=0, identity')]).toEqual([])
    expect([...acceptedEncodings('br;q=nonsense, x-gzip')]).toEqual([['gzip', 1]])
    expect([...acceptedEncodings(undefined)]).toEqual([])
    expect([...acceptedEncodings(',,;;=, ;q=1')]).toEqual([])
  })
})
