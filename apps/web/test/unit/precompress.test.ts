// The build's precompress step: brotli and gzip siblings for text files, none for formats that
// are compressed already or too small to gain, and variants that decode to the original bytes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, expect, test } from 'vitest'
import { precompressDir } from '../../vite-plugins/precompress.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-precompress-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

test('text files get .br and .gz that decode to them; woff2 and tiny files get none', async () => {
  const script = `export const words = ${JSON.stringify('ranking metric '.repeat(500))}\n`
  const style = `.a { color: red }\n`.repeat(200)
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b3c.js'), script)
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b3c.css'), style)
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p></p>'.repeat(100)}`)
  fs.writeFileSync(path.join(dir, 'assets/font.woff2'), Buffer.alloc(4096, 7))
  fs.writeFileSync(path.join(dir, 'theme-init.js'), 'void 0\n')

  const summary = await precompressDir(dir)

  expect(summary.files).toBe(3)
  for (const [file, content] of [
    ['assets/app-1a2b3c.js', script],
    ['assets/app-1a2b3c.css', style],
  ] as const) {
    const br = fs.readFileSync(path.join(dir, `${file}.br`))
    const gz = fs.readFileSync(path.join(dir, `${file}.gz`))
    expect(br.length).toBeLessThan(content.length / 4)
    expect(zlib.brotliDecompressSync(br).toString()).toBe(content)
    expect(zlib.gunzipSync(gz).toString()).toBe(content)
  }
  expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true)
  expect(fs.existsSync(path.join(dir, 'assets/font.woff2.br'))).toBe(false)
  expect(fs.existsSync(path.join(dir, 'theme-init.js.br'))).toBe(false)
})
