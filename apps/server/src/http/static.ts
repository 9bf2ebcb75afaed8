// Serves the built web app (one process, one port): the build's brotli or gzip variant of a file
// as the browser accepts, hashed assets cached for a year, index.html for SPA routes.
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Context, Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { chooseVariant, etagMatches, scanWebAssets } from './web-assets.ts'
import type { WebAsset } from './web-assets.ts'

/** Hashed files never change under their URL, so browsers need not ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Unhashed files (index.html, theme-init.js): kept, but revalidated by ETag on every use. */
export const REVALIDATE = 'no-cache'

async function sendAsset(c: Context<AppEnv>, asset: WebAsset): Promise<Response | undefined> {
  const variant = chooseVariant(asset, c.req.header('accept-encoding'))
  const describe = () => {
    c.header('Content-Type', asset.contentType)
    c.header('Cache-Control', asset.immutable ? IMMUTABLE : REVALIDATE)
    c.header('ETag', variant.etag)
    // Caches must keep one copy per encoding whenever the answer depends on the request's header.
    if (asset.variants.length > 1) c.header('Vary', 'Accept-Encoding')
    if (variant.encoding) c.header('Content-Encoding', variant.encoding)
  }
  if (etagMatches(c.req.header('if-none-match'), variant.etag)) {
    describe()
    return c.body(null, 304)
  }
  let file: fs.promises.FileHandle
  try {
    file = await fs.promises.open(variant.file)
  } catch {
    // Removed since boot (a rebuild under a running server): answer as for an unknown file.
    return undefined
  }
  describe()
  // The size of the file opened, which is the one sent even if the folder was rebuilt since boot.
  c.header('Content-Length', String((await file.stat()).size))
  if (c.req.method === 'HEAD') {
    await file.close()
    return c.body(null, 200)
  }
  return c.body(Readable.toWeb(file.createReadStream()) as ReadableStream<Uint8Array>, 200)
}

/** Mounts the app in `distDir` after the API routes; false when it has not been built. */
export function mountWebApp(app: Hono<AppEnv>, distDir: string): boolean {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) return false
  const assets = scanWebAssets(distDir)
  const index = assets.get('/index.html')
  if (!index) return false
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const urlPath = c.req.path
    if (urlPath.startsWith('/api/')) return next()
    // A missing hashed file is a 404, never the page: a browser would run HTML as a script.
    const asset = assets.get(urlPath) ?? (urlPath.startsWith('/assets/') ? undefined : index)
    const response = asset ? await sendAsset(c, asset) : undefined
    return response ?? next()
  })
  return true
}
