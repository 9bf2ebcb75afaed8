// Exports a problem set as problem folders in the library's format (a .zip or a directory), and
// imports such folders back as authored problems, validated through the runner before publishing.
import fs from 'node:fs/promises'
import path from 'node:path'
import { strToU8, zipSync, strFromU8 } from 'fflate'
import {
  parseProblem,
  problemToFiles,
  ProblemFormatError,
  type ProblemFiles,
} from '@pairwise/problems'
import type { ProblemDefinition, PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import { AppError } from '../http/errors.ts'
import { getCurrentProblem } from '../problems/repository.ts'
import {
  reportOf,
  validateProblem,
  type ValidationFailure,
  type ValidationReport,
} from '../problems/validate.ts'
import type { Runner } from '../runner/index.ts'
import { createAuthored, publishDraft, recordValidation } from '../authoring/repository.ts'
import { workerPool } from '../workers/pool.ts'
import { unzipBounded } from './read-zip.ts'
import { createProblemSet, type ProblemSetView } from './repository.ts'

export interface ExportedSet {
  manifest: { title: string; assistant: string | null; weights: unknown; problems: string[] }
  problems: Record<string, ProblemFiles>
}

/**
 * The set's problems as folders, solutions and hidden cases included. Library problems are open
 * source; an instructor's authored problem is exported only by its author (or an admin), so a set
 * cannot be used to read another instructor's solutions.
 */
export async function collectSet(
  db: Db,
  set: ProblemSetView,
  viewer: PublicUser,
): Promise<ExportedSet> {
  if (viewer.role !== 'admin') {
    const foreign = await db
      .selectFrom('problems')
      .select('slug')
      .where(
        'slug',
        'in',
        set.problems.map((p) => p.slug),
      )
      .where('source', '=', 'authored')
      .where((eb) => eb.or([eb('created_by', '!=', viewer.id), eb('created_by', 'is', null)]))
      .execute()
    if (foreign.length) {
      throw new AppError(
        403,
        'not_your_problems',
        `The set holds problems another instructor wrote (${foreign.map((f) => f.slug).join(', ')}); only their author can export them.`,
      )
    }
  }
  const problems: Record<string, ProblemFiles> = {}
  for (const p of set.problems) {
    const found = await getCurrentProblem(db, p.slug)
    if (found) problems[p.slug] = problemToFiles(found.problem)
  }
  return {
    manifest: {
      title: set.title,
      assistant: set.assistant,
      weights: set.weights,
      problems: set.problems.map((p) => p.slug),
    },
    problems,
  }
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

export async function writeSetDir(exported: ExportedSet, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(path.join(dir, 'set.json'), `${JSON.stringify(exported.manifest, null, 2)}\n`)
  for (const [slug, files] of Object.entries(exported.problems)) {
    await fs.mkdir(path.join(dir, slug), { recursive: true })
    for (const [name, text] of Object.entries(files))
      await fs.writeFile(path.join(dir, slug, name), text)
  }
}

const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z]+\.(md|json|py|ts)$/

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

/** readSetZip off the main thread, with the pool's time and memory limits. */
export const readSetZipInPool = (zip: Uint8Array): Promise<ExportedSet> =>
  workerPool().run('unzipSet', zip)

/** setToZip off the main thread. */
export const setToZipInPool = (exported: ExportedSet): Promise<Uint8Array> =>
  workerPool().run('zipSet', exported)

export async function readSetDir(dir: string): Promise<ExportedSet> {
  const manifest = JSON.parse(
    await fs.readFile(path.join(dir, 'set.json'), 'utf8'),
  ) as ExportedSet['manifest']
  const problems: Record<string, ProblemFiles> = {}
  for (const slug of manifest.problems) {
    // A slug is a folder name inside the set, never a path that leaves it.
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`not a problem slug: ${slug}`)
    const folder = path.join(dir, slug)
    const files: ProblemFiles = {}
    for (const name of await fs.readdir(folder))
      files[name] = await fs.readFile(path.join(folder, name), 'utf8')
    problems[slug] = files
  }
  return { manifest, problems }
}

export interface ImportResult {
  set: string | null
  imported: string[]
  reused: string[]
  failures: ValidationFailure[]
}

/**
 * Imports the problems (a slug that exists already is reused as it is), validates each new one
 * through the runner, publishes them only if all pass, then creates the set. Nothing half-done:
 * on any failure no new problem is published and no set is created.
 */
export async function importSet(
  db: Db,
  runner: Runner,
  owner: PublicUser,
  exported: ExportedSet,
): Promise<ImportResult> {
  const result: ImportResult = { set: null, imported: [], reused: [], failures: [] }
  const fresh: { problem: ProblemDefinition; report: ValidationReport }[] = []
  for (const slug of exported.manifest.problems) {
    const files = exported.problems[slug]
    if (await getCurrentProblem(db, slug)) {
      result.reused.push(slug)
      continue
    }
    if (!files) {
      result.failures.push({ slug, reason: 'the folder is missing' })
      continue
    }
    try {
      const p = parseProblem(slug, files)
      const v = await validateProblem(runner, p)
      result.failures.push(...v.failures)
      if (!v.failures.length) fresh.push({ problem: p, report: reportOf(v) })
    } catch (err) {
      const reason =
        err instanceof ProblemFormatError ? err.reasons.join('; ') : (err as Error).message
      result.failures.push({ slug, reason })
    }
  }
  if (result.failures.length) return result
  for (const { problem: p, report } of fresh) {
    await createAuthored(db, owner, p.slug, problemToFiles(p))
    const row = await db
      .selectFrom('problems')
      .select('draft_version_id')
      .where('slug', '=', p.slug)
      .executeTakeFirstOrThrow()
    if (row.draft_version_id) {
      await recordValidation(db, row.draft_version_id, report)
    }
    await publishDraft(db, owner, p.slug)
    result.imported.push(p.slug)
  }
  const manifest = exported.manifest
  result.set = await createProblemSet(db, owner, {
    title: manifest.title,
    problemSlugs: manifest.problems,
    ...(manifest.assistant ? { assistant: manifest.assistant as 'coach' } : {}),
  })
  return result
}
