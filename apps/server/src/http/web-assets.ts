// The built web app as a table of files, read once at boot: each URL path with its content type,
// ETag and the pre-compressed variants (.br, .gz) that the build wrote beside it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getMimeType } from 'hono/utils/mime'

export type ContentEncoding = 'br' | 'gzip'

/** One representation of a file: the plain bytes, or a pre-compressed sibling of them. */
export interface AssetVariant {
  file: string
  etag: string
  encoding: ContentEncoding | null
}

export interface WebAsset {
  contentType: string
  /** Hashed by the build (everything under /assets/): its URL changes whenever its bytes do. */
  immutable: boolean
  /** Compressed variants first (brotli, then gzip), the plain file last. */
  variants: AssetVariant[]
}

const SUFFIXES: [ContentEncoding, string][] = [
  ['br', '.br'],
  ['gzip', '.gz'],
]

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * Reads the folder once. Only the files found here are ever served, so no request path can
 * reach outside it. A `.br` or `.gz` file whose plain file exists is a variant, not a file of
 * its own.
 */
export function scanWebAssets(distDir: string): Map<string, WebAsset> {
  const files = filesUnder(distDir)
  const present = new Set(files)
  const assets = new Map<string, WebAsset>()
  for (const file of files) {
    if (SUFFIXES.some(([, suffix]) => file.endsWith(suffix) && present.has(file.slice(0, -3))))
      continue
    const content = fs.readFileSync(file)
    // A strong validator per representation: the plain file's hash, marked per encoding.
    const hash = crypto.createHash('sha256').update(content).digest('base64url').slice(0, 27)
    const variants: AssetVariant[] = []
    for (const [encoding, suffix] of SUFFIXES) {
      if (!present.has(file + suffix)) continue
      variants.push({ file: file + suffix, etag: `"${hash}-${encoding}"`, encoding })
    }
    variants.push({ file, etag: `"${hash}"`, encoding: null })
    const urlPath = `/${path.relative(distDir, file).split(path.sep).join('/')}`
    assets.set(urlPath, {
      contentType: getMimeType(file) ?? 'application/octet-stream',
      immutable: urlPath.startsWith('/assets/'),
      variants,
    })
  }
  return assets
}

/**
 * The encodings an `Accept-Encoding` header allows, by the client's q-values (RFC 9110 12.5.3).
 * A missing header allows none of them; `*` stands for every encoding it does not name.
 */
export function acceptedEncodings(header: string | undefined): Map<ContentEncoding, number> {
  const named = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [rawName = '', ...params] = part.split(';')
    const name = rawName.trim().toLowerCase()
    if (!name) continue
    let q = 1
    for (const param of params) {
      const [key = '', value = ''] = param.split('=')
      if (key.trim().toLowerCase() !== 'q') continue
      const parsed = Number(value.trim())
      q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0
    }
    named.set(name, q)
  }
  const accepted = new Map<ContentEncoding, number>()
  for (const [encoding] of SUFFIXES) {
    const q = named.get(encoding) ?? (encoding === 'gzip' ? named.get('x-gzip') : undefined)
    const weight = q ?? named.get('*') ?? 0
    if (weight > 0) accepted.set(encoding, weight)
  }
  return accepted
}

/**
 * The representation to send: the accepted variant with the highest q-value (brotli wins a tie,
 * being smaller), else the plain file.
 */
export function chooseVariant(asset: WebAsset, acceptEncoding: string | undefined): AssetVariant {
  const accepted = acceptedEncodings(acceptEncoding)
  let best: AssetVariant | undefined
  let bestQ = 0
  for (const variant of asset.variants) {
    const q = variant.encoding ? (accepted.get(variant.encoding) ?? 0) : 0
    if (q > bestQ) {
      best = variant
      bestQ = q
    }
  }
  const plain = asset.variants[asset.variants.length - 1]
  if (!plain) throw new Error('a web asset without its plain file')
  return best ?? plain
}

/** Whether an `If-None-Match` header names this ETag (the weak comparison RFC 9110 asks for). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === etag
  })
}
