// The problem library in the database: idempotent sync by content hash, catalog queries, pinned versions.
import { randomUUID } from 'node:crypto'
import type {
  Area,
  ProblemDefinition,
  ProblemDetail,
  ProblemQuery,
  ProblemSummary,
  PythonPackage,
  VisibleCase,
} from '@pairwise/shared'
import { sql } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { ProblemRow } from '../db/schema.ts'
import { invalidationFor } from '../scale/invalidation.ts'
import { catalogCacheFor } from './catalog-cache.ts'

/** What the catalog's text search looks in: title, slug, areas and statement, lower-cased. */
export function searchText(p: ProblemDefinition): string {
  return [p.title, p.slug, ...p.areas, p.statement].join(' ').toLowerCase()
}

export interface SyncResult {
  added: string[]
  updated: string[]
  unchanged: number
}

/** Loads problems into the database. A problem whose content hash is known is left alone. */
export async function syncLibrary(db: Db, problems: ProblemDefinition[]): Promise<SyncResult> {
  const result: SyncResult = { added: [], updated: [], unchanged: 0 }
  // One read decides what changed; an unchanged library costs no write at boot.
  const rows = await db
    .selectFrom('problems')
    .leftJoin('problem_versions', 'problem_versions.id', 'problems.current_version_id')
    .select(['problems.slug', 'problems.source', 'problem_versions.content_hash'])
    .execute()
  const present = new Map(rows.map((r) => [r.slug, r]))
  for (const p of problems) {
    const current = present.get(p.slug)
    // An instructor's problem of the same name wins over the library's; it is never overwritten.
    if (current?.source === 'authored' || current?.content_hash === p.contentHash) {
      result.unchanged++
      continue
    }
    await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString()
      const known = await trx
        .selectFrom('problem_versions')
        .select('id')
        .where('slug', '=', p.slug)
        .where('content_hash', '=', p.contentHash)
        .executeTakeFirst()
      const versionId = known?.id ?? randomUUID()
      if (!known) {
        await trx
          .insertInto('problem_versions')
          .values({
            id: versionId,
            slug: p.slug,
            content_hash: p.contentHash,
            definition: JSON.stringify(p),
            created_at: now,
          })
          .execute()
      }
      const columns = {
        title: p.title,
        areas: JSON.stringify(p.areas),
        difficulty: p.difficulty,
        languages: JSON.stringify(p.languages),
        requires: JSON.stringify(p.requires ?? []),
        current_version_id: versionId,
        search_text: searchText(p),
        updated_at: now,
      }
      if (current) {
        await trx.updateTable('problems').set(columns).where('slug', '=', p.slug).execute()
        result.updated.push(p.slug)
      } else {
        await trx
          .insertInto('problems')
          .values({ slug: p.slug, ...columns, source: 'library', published: 1, created_at: now })
          .execute()
        result.added.push(p.slug)
      }
      await invalidationFor(db).publish(trx)
    })
  }
  // Cleared again after commit: a read between the announcement and the commit may have refilled it.
  if (result.added.length || result.updated.length) catalogCacheFor(db).clear()
  return result
}

function toSummary(
  row: Pick<ProblemRow, 'slug' | 'title' | 'areas' | 'difficulty' | 'languages' | 'requires'>,
): ProblemSummary {
  return {
    slug: row.slug,
    title: row.title,
    areas: JSON.parse(row.areas) as Area[],
    difficulty: row.difficulty,
    languages: JSON.parse(row.languages) as ProblemSummary['languages'],
    requires: JSON.parse(row.requires) as PythonPackage[],
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`)
}

export function listProblems(db: Db, query: ProblemQuery): Promise<ProblemSummary[]> {
  return catalogCacheFor(db).get(query, () => queryProblems(db, query))
}

async function queryProblems(db: Db, query: ProblemQuery): Promise<ProblemSummary[]> {
  let q = db
    .selectFrom('problems')
    .select(['slug', 'title', 'areas', 'difficulty', 'languages', 'requires'])
    .where('published', '=', 1)
  // Area and language ids come from closed enums, so a quoted substring match is exact.
  if (query.area) q = q.where('areas', 'like', `%"${query.area}"%`)
  if (query.language) q = q.where('languages', 'like', `%"${query.language}"%`)
  if (query.difficulty) q = q.where('difficulty', '=', query.difficulty)
  for (const word of (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    q = q.where(sql<boolean>`search_text like ${`%${escapeLike(word)}%`} escape '\\'`)
  }
  const rows = await q.orderBy('title').execute()
  return rows.map(toSummary)
}

// A version's definition never changes once written (an edit is a new version), so the parsed
// definitions of recent versions are kept: runs, assistant turns and scoring all read one, and
// a definition with large hidden cases costs milliseconds to parse.
const parsedVersions = new Map<string, ProblemDefinition>()
const PARSED_VERSIONS_KEPT = 256

export async function getProblemVersion(
  db: Db,
  versionId: string,
): Promise<ProblemDefinition | undefined> {
  const kept = parsedVersions.get(versionId)
  if (kept) return kept
  const row = await db
    .selectFrom('problem_versions')
    .select('definition')
    .where('id', '=', versionId)
    .executeTakeFirst()
  if (!row) return undefined
  const definition = JSON.parse(row.definition) as ProblemDefinition
  if (parsedVersions.size >= PARSED_VERSIONS_KEPT) {
    parsedVersions.delete(parsedVersions.keys().next().value ?? '')
  }
  parsedVersions.set(versionId, definition)
  return definition
}

export async function getCurrentProblem(
  db: Db,
  slug: string,
): Promise<{ versionId: string; problem: ProblemDefinition } | undefined> {
  const row = await db
    .selectFrom('problems')
    .innerJoin('problem_versions', 'problem_versions.id', 'problems.current_version_id')
    .select(['problem_versions.id', 'problem_versions.definition'])
    .where('problems.slug', '=', slug)
    .where('problems.published', '=', 1)
    .executeTakeFirst()
  return row
    ? { versionId: row.id, problem: JSON.parse(row.definition) as ProblemDefinition }
    : undefined
}

export function visibleCases(p: ProblemDefinition): VisibleCase[] {
  return p.cases
    .filter((c) => c.visible)
    .map((c) =>
      'script' in c
        ? {
            name: c.name,
            kind: 'script',
            language: c.language,
            script: c.script,
            expectedOutput: c.expectedOutput,
          }
        : { name: c.name, kind: 'function', args: c.args, expected: c.expected },
    )
}

/** What a candidate may see of a problem: no hidden cases, solutions or rubric internals. */
export function toProblemDetail(p: ProblemDefinition): ProblemDetail {
  return {
    slug: p.slug,
    title: p.title,
    areas: p.areas,
    difficulty: p.difficulty,
    languages: p.languages,
    requires: p.requires ?? [],
    statement: p.statement,
    starter: p.starter,
    visibleTests: visibleCases(p),
    assistant: p.assistant,
    hintCount: p.hints.length,
    functionNames: p.functionNames,
  }
}
