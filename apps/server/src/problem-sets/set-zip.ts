// A problem set as .zip bytes and back: pure functions of their input, so the worker pool loads
// them without the database, the runner or the pool itself.
import { strFromU8, strToU8, zipSync } from 'fflate'
import type { ProblemFiles } from '@pairwise/problems'
import { AppError } from '../http/errors.ts'
import { unzipBounded } from './read-zip.ts'

export interface ExportedSet {
  manifest: { title: string; assistant: string | null; weights: unknown; problems: string[] }
  problems: Record<string, ProblemFiles>
}

export function setToZip(exported: ExportedSet): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    'set.json': strToU8(`${JSON.stringify(exported.manifest, null, 2)}\n`),
  }
  for (const [slug, files] of Object.entries(exported.problems)) {
    for (const [name, text] of Object.entries(files)) entries[`${slug}/${name}`] = strToU8(text)
  }
  return zipSync(entries, { level: 6 })
}

const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z]+\.(md|json|py|ts|java|cpp)$/

const badSet = (message: string) => new AppError(400, 'bad_set_zip', message)

/**
 * Reads an exported set from a .zip, within SET_ZIP_LIMITS (checked while inflating), refusing
 * paths outside the expected folder layout. Runs in the worker pool (see readSetZipInPool).
 */
export function readSetZip(zip: Uint8Array): ExportedSet {
  const files = unzipBounded(zip)
  const manifestBytes = files['set.json']
  if (!manifestBytes) throw badSet('The zip has no set.json.')
  let manifest: ExportedSet['manifest']
  try {
    manifest = JSON.parse(strFromU8(manifestBytes)) as ExportedSet['manifest']
  } catch {
    throw badSet('set.json is not valid JSON.')
  }
  if (!Array.isArray(manifest.problems)) throw badSet('set.json lists no problems.')
  for (const slug of manifest.problems) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(slug))) throw badSet(`Not a problem slug: ${slug}`)
  }
  const problems: Record<string, ProblemFiles> = {}
  for (const [name, bytes] of Object.entries(files)) {
    if (name === 'set.json' || name.endsWith('/')) continue
    if (!SAFE_NAME.test(name)) throw badSet(`Unexpected file in the zip: ${name}`)
    const [slug, file] = name.split('/') as [string, string]
    ;(problems[slug] ??= {})[file] = strFromU8(bytes)
  }
  return { manifest, problems }
}
