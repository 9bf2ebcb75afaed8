// Stored score reports (a new one at every scoring) and the mentors' overrides beside them.
import { randomUUID } from 'node:crypto'
import type { PublicUser, ScoreOverride, ScoreReport } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'

export async function saveReport(db: Db, sessionId: string, report: ScoreReport): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('score_reports')
    .values({
      id,
      session_id: sessionId,
      total: report.total,
      report: JSON.stringify(report),
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
  return {
    id: row.id,
    reportId: row.report_id,
    mentor: { id: input.mentor.id, name: input.mentor.name },
    total: row.total,
    reason: row.reason,
    criteria: input.criteria,
    createdAt: row.created_at,
  }
}
