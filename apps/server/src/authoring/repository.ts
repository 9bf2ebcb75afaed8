// Authored problems: drafts as new versions, validation through the runner, publishing.
import { randomUUID } from 'node:crypto'
import {
  parseProblem,
  problemToFiles,
  ProblemFormatError,
  type ProblemFiles,
} from '@pairwise/problems'
import type { ProblemDefinition, PublicUser } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import { AppError, notFound } from '../http/errors.ts'
import { catalogCacheFor } from '../problems/catalog-cache.ts'
import { invalidationFor } from '../scale/invalidation.ts'
import { searchText } from '../problems/repository.ts'
import type { ValidationReport } from '../problems/validate.ts'

export function parseOrRefuse(slug: string, files: ProblemFiles): ProblemDefinition {
  try {
    return parseProblem(slug, files)
  } catch (err) {
    if (err instanceof ProblemFormatError) {
      throw new AppError(
        400,
        'invalid_problem',
        `The problem is not valid: ${err.reasons.join('; ')}`,
      )
    }
    throw err
  }
}

export async function listAuthored(db: Db, user: PublicUser) {
  let q = db
    .selectFrom('problems')
    .select([
      'slug',
      'title',
      'published',
      'source',
      'draft_version_id',
      'current_version_id',
      'updated_at',
    ])
    .orderBy('updated_at', 'desc')
  if (user.role !== 'admin') q = q.where('created_by', '=', user.id)
  const rows = await q.where('source', '=', 'authored').execute()
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    published: Number(r.published) === 1,
    hasDraft: r.draft_version_id !== null,
    updatedAt: r.updated_at,
  }))
}

/** The problem row if the user may edit it: its author, or an admin. Library problems are read-only. */
async function editable(db: Db, user: PublicUser, slug: string) {
  const row = await db
    .selectFrom('problems')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst()
  if (!row || row.source !== 'authored' || (user.role !== 'admin' && row.created_by !== user.id)) {
    throw notFound('problem you authored')
  }
  return row
}

async function insertVersion(db: Db, p: ProblemDefinition): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('problem_versions')
    .values({
      id,
      slug: p.slug,
      content_hash: `${p.contentHash}-${id.slice(0, 8)}`,
      definition: JSON.stringify(p),
      created_at: new Date().toISOString(),
    })
    .execute()
  return id
}

export async function createAuthored(db: Db, user: PublicUser, slug: string, files: ProblemFiles) {
  const p = parseOrRefuse(slug, files)
  const taken = await db
    .selectFrom('problems')
    .select('slug')
    .where('slug', '=', slug)
    .executeTakeFirst()
  if (taken) throw new AppError(409, 'slug_taken', `A problem named ${slug} exists already.`)
  await db.transaction().execute(async (trx) => {
    const versionId = await insertVersion(trx, p)
    const now = new Date().toISOString()
    await trx
      .insertInto('problems')
      .values({
        slug,
        title: p.title,
        areas: JSON.stringify(p.areas),
        difficulty: p.difficulty,
        languages: JSON.stringify(p.languages),
        requires: JSON.stringify(p.requires ?? []),
        current_version_id: versionId,
        draft_version_id: versionId,
        search_text: searchText(p),
        source: 'authored',
        published: 0,
        created_by: user.id,
        created_at: now,
        updated_at: now,
      })
      .execute()
  })
}

/** Saves an edit as a new draft version; sessions keep the version they started on. */
export async function saveDraft(db: Db, user: PublicUser, slug: string, files: ProblemFiles) {
  await editable(db, user, slug)
  const p = parseOrRefuse(slug, files)
  await db.transaction().execute(async (trx) => {
    const versionId = await insertVersion(trx, p)
    await trx
      .updateTable('problems')
      .set({ draft_version_id: versionId, updated_at: new Date().toISOString() })
      .where('slug', '=', slug)
      .execute()
  })
}

export async function authoredState(db: Db, user: PublicUser, slug: string) {
  const row = await editable(db, user, slug)
  const versionId = row.draft_version_id ?? row.current_version_id
  const version = await db
    .selectFrom('problem_versions')
    .select(['id', 'definition', 'validated_at', 'validation'])
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow()
  const p = JSON.parse(version.definition) as ProblemDefinition
  return {
    slug,
    versionId: version.id,
    published: Number(row.published) === 1,
    hasDraft: row.draft_version_id !== null,
    files: problemToFiles(p),
    problem: p,
    validation: version.validation ? (JSON.parse(version.validation) as ValidationReport) : null,
    validatedAt: version.validated_at,
  }
}

export async function recordValidation(db: Db, versionId: string, report: ValidationReport) {
  await db
    .updateTable('problem_versions')
    .set({ validation: JSON.stringify(report), validated_at: new Date().toISOString() })
    .where('id', '=', versionId)
    .execute()
}

export async function publishDraft(db: Db, user: PublicUser, slug: string) {
  const state = await authoredState(db, user, slug)
  if (!state.hasDraft)
    throw new AppError(409, 'nothing_to_publish', 'There is no draft to publish.')
  if (!state.validation) {
    throw new AppError(409, 'not_validated', 'Validate the problem before publishing it.')
  }
  if (state.validation.failures.length > 0) {
    throw new AppError(
      409,
      'validation_failed',
      `The reference solutions fail ${state.validation.failures.length} check(s); fix them first.`,
    )
  }
  const p = state.problem
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('problems')
      .set({
        current_version_id: state.versionId,
        draft_version_id: null,
        published: 1,
        title: p.title,
        areas: JSON.stringify(p.areas),
        difficulty: p.difficulty,
        languages: JSON.stringify(p.languages),
        requires: JSON.stringify(p.requires ?? []),
        search_text: searchText(p),
        updated_at: new Date().toISOString(),
      })
      .where('slug', '=', slug)
      .execute()
    await invalidationFor(db).publish(trx)
  })
  catalogCacheFor(db).clear()
}
