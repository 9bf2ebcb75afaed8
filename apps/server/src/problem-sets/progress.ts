// A candidate's progress through a problem set: per problem, not started / in progress / solved /
// scored with the best score, and the set's total once every problem is scored.
import type { SetProblemProgress, SetProgress } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'

export async function setProgressOf(
  db: Db,
  userId: string,
  setId: string,
  slugs: string[],
): Promise<SetProgress> {
  const sessions = await db
    .selectFrom('practice_sessions')
    .select(['id', 'problem_slug', 'status', 'created_at'])
    .where('user_id', '=', userId)
    .where('problem_set_id', '=', setId)
    .orderBy('created_at', 'desc')
    .execute()
  const ids = sessions.map((s) => s.id)
  const [solvedRows, reports, overrides] = ids.length
    ? await Promise.all([
        db
          .selectFrom('runs')
          .select('session_id')
          .distinct()
          .where('session_id', 'in', ids)
          .where('mode', '=', 'submit')
          .where('status', '=', 'passed')
          .execute(),
        db
          .selectFrom('score_reports')
          .select(['id', 'session_id', 'total', 'created_at'])
          .where('session_id', 'in', ids)
          .orderBy('created_at', 'desc')
          .execute(),
        db
          .selectFrom('score_overrides')
          .select(['report_id', 'total', 'created_at'])
          .where('session_id', 'in', ids)
          .orderBy('created_at', 'desc')
          .execute(),
      ])
    : [[], [], []]
  const solved = new Set(solvedRows.map((r) => r.session_id))
  // A session's score is its latest report, or the latest mentor override of that report.
  const scoreOf = new Map<string, number>()
  for (const report of reports) {
    if (scoreOf.has(report.session_id)) continue
    const override = overrides.find((o) => o.report_id === report.id)
    scoreOf.set(report.session_id, Number(override ? override.total : report.total))
  }

  const problems: SetProblemProgress[] = slugs.map((slug) => {
    const mine = sessions.filter((s) => s.problem_slug === slug)
    const scores = mine.flatMap((s) => (scoreOf.has(s.id) ? [scoreOf.get(s.id) ?? 0] : []))
    const bestScore = scores.length ? Math.max(...scores) : null
    const status =
      bestScore !== null
        ? 'scored'
        : mine.some((s) => solved.has(s.id))
          ? 'solved'
          : mine.length
            ? 'in_progress'
            : 'not_started'
    return {
      slug,
      status,
      bestScore,
      activeSessionId: mine.find((s) => s.status === 'active' && !scoreOf.has(s.id))?.id ?? null,
      latestSessionId: mine[0]?.id ?? null,
    }
  })
  const scored = problems.filter((p) => p.bestScore !== null)
  return {
    problems,
    done: problems.length > 0 && scored.length === problems.length,
    total: scored.length
      ? Math.round(problems.reduce((sum, p) => sum + (p.bestScore ?? 0), 0) / problems.length)
      : null,
  }
}
