// Build step: writes a brotli (.br) and a gzip (.gz) sibling beside every compressible file of the
// built app, so the server sends compressed bytes without compressing on each request.
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Text and uncompressed font formats; images, woff and woff2 are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.ttf'])
/** Below this a file fits in one packet anyway. */
const MIN_BYTES = 512
/**
 * Brotli's best quality (11) costs about 3 s a megabyte on this machine. Files past this size
 * (only Monaco's TypeScript worker, 6.9 MB, which loads after the editor is usable) get quality
 * 9: 0.7 s instead of 21 s, for 10% more bytes. Everything on the way to an editable editor
 * (Monaco's core is 2.7 MB) gets quality 11.
 */
const BEST_QUALITY_MAX_BYTES = 3 * 1024 * 1024
const LARGE_FILE_QUALITY = 9

export interface PrecompressSummary {
  files: number
  bytes: number
  brotliBytes: number
  gzipBytes: number
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Compresses every compressible file under `dir`; a variant is kept only when it is smaller. */
export async function precompressDir(dir: string): Promise<PrecompressSummary> {
  const files = (await listFiles(dir)).filter((file) =>
    COMPRESSIBLE.has(path.extname(file).toLowerCase()),
  )
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  // zlib's asynchronous calls run on libuv's thread pool, so the files compress in parallel.
  await Promise.all(
    files.map(async (file) => {
      const content = await fs.readFile(file)
      if (content.length < MIN_BYTES) return
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]:
              content.length > BEST_QUALITY_MAX_BYTES
                ? LARGE_FILE_QUALITY
                : zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ])
      summary.files += 1
      summary.bytes += content.length
      if (br.length < content.length) {
        await fs.writeFile(`${file}.br`, br)
        summary.brotliBytes += br.length
      }
      if (gz.length < content.length) {
        await fs.writeFile(`${file}.gz`, gz)
        summary.gzipBytes += gz.length
      }
    }),
  )
  return summary
}

/** The Vite plugin: runs precompressDir over the output folder once the bundle is written. */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'pairwise:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      const started = performance.now()
      const summary = await precompressDir(outDir)
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
      this.info(
        `precompressed ${summary.files} files (${mb(summary.bytes)}): brotli ${mb(summary.brotliBytes)}, gzip ${mb(summary.gzipBytes)}, in ${Math.round(performance.now() - started)} ms`,
      )
    },
  }
}
