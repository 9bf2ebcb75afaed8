// Stored score reports (a new one at every scoring) and the mentors' overrides beside them.
import { randomUUID } from 'node:crypto'
import type { PublicUser, ScoreOverride, ScoreReport } from '@pairwise/shared'
import type { Selectable } from 'kysely'
import type { Db } from '../db/connect.ts'
import type { ScoreOverrideTable } from '../db/schema.ts'
import { chargeStorage } from '../storage/usage.ts'

export async function saveReport(db: Db, sessionId: string, report: ScoreReport): Promise<string> {
  const id = randomUUID()
  const json = JSON.stringify(report)
  // Scoring was allowed (the route checked for room); the report is stored whatever its size.
  await chargeStorage(db, sessionId, {
    bytes: Buffer.byteLength(json, 'utf8'),
    events: 0,
    enforce: false,
  })
  await db
    .insertInto('score_reports')
    .values({
      id,
      session_id: sessionId,
      total: report.total,
      report: json,
      flagged: report.flags.some((f) => f.code === 'judge-disagrees' || f.code === 'mentor-review')
        ? 1
        : 0,
      created_at: report.createdAt,
    })
    .execute()
  return id
}

export async function latestReport(
  db: Db,
  sessionId: string,
): Promise<{ id: string; report: ScoreReport } | undefined> {
  const row = await db
    .selectFrom('score_reports')
    .select(['id', 'report'])
    .where('session_id', '=', sessionId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? { id: row.id, report: JSON.parse(row.report) as ScoreReport } : undefined
}

type OverrideRow = Selectable<ScoreOverrideTable>

/** The one mapping of an override row (and its mentor's name) to the API's ScoreOverride. */
function toOverride(r: OverrideRow, mentorName: string): ScoreOverride {
  return {
    id: r.id,
    reportId: r.report_id,
    mentor: { id: r.mentor_id, name: mentorName },
    total: Number(r.total),
    reason: r.reason,
    criteria: r.criteria ? (JSON.parse(r.criteria) as Record<string, number>) : null,
    createdAt: r.created_at,
  }
}

export async function listOverrides(db: Db, sessionId: string): Promise<ScoreOverride[]> {
  const rows = await db
    .selectFrom('score_overrides')
    .innerJoin('users', 'users.id', 'score_overrides.mentor_id')
    .selectAll('score_overrides')
    .select('users.name as mentor_name')
    .where('score_overrides.session_id', '=', sessionId)
    .orderBy('score_overrides.created_at')
    .execute()
  return rows.map((r) => toOverride(r, r.mentor_name))
}

export async function recordOverride(
  db: Db,
  input: {
    sessionId: string
    reportId: string
    mentor: PublicUser
    total: number
    reason: string
    criteria: Record<string, number> | null
  },
): Promise<ScoreOverride> {
  const row = {
    id: randomUUID(),
    session_id: input.sessionId,
    report_id: input.reportId,
    mentor_id: input.mentor.id,
    total: input.total,
    criteria: input.criteria ? JSON.stringify(input.criteria) : null,
    reason: input.reason,
    created_at: new Date().toISOString(),
  }
  await db.insertInto('score_overrides').values(row).execute()
  return toOverride(row, input.mentor.name)
}
