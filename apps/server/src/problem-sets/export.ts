// Exports a problem set as problem folders in the library's format (a .zip or a directory), and
// imports such folders back as authored problems, validated through the runner before publishing.
import fs from 'node:fs/promises'
import path from 'node:path'
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
import type { ExportedSet } from './set-zip.ts'
import { createProblemSet, type ProblemSetView } from './repository.ts'

export { readSetZip, setToZip, type ExportedSet } from './set-zip.ts'

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

export async function writeSetDir(exported: ExportedSet, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(path.join(dir, 'set.json'), `${JSON.stringify(exported.manifest, null, 2)}\n`)
  for (const [slug, files] of Object.entries(exported.problems)) {
    await fs.mkdir(path.join(dir, slug), { recursive: true })
    for (const [name, text] of Object.entries(files))
      await fs.writeFile(path.join(dir, slug, name), text)
  }
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
    // Only a problem's own files: subfolders (a library problem's mutants/) stay behind.
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      if (entry.isFile())
        files[entry.name] = await fs.readFile(path.join(folder, entry.name), 'utf8')
    }
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
