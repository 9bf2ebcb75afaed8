// What the signed-in user has done with each problem, for the catalog's marks: "solved" once a
// submission passed every test, "attempted" once a session was started.
import type { ProblemProgress } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'

export async function problemProgress(
  db: Db,
  userId: string,
): Promise<Record<string, ProblemProgress>> {
  const rows = await db
    .selectFrom('practice_sessions')
    .select('practice_sessions.problem_slug')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('runs')
            .select('runs.id')
            .whereRef('runs.session_id', '=', 'practice_sessions.id')
            .where('runs.mode', '=', 'submit')
            .where('runs.status', '=', 'passed'),
        )
        .as('solved'),
    )
    .where('practice_sessions.user_id', '=', userId)
    .execute()
  const progress: Record<string, ProblemProgress> = {}
  for (const row of rows) {
    // SQLite answers 0/1, PostgreSQL true/false.
    const solved = row.solved === true || Number(row.solved) === 1
    if (solved) progress[row.problem_slug] = 'solved'
    else progress[row.problem_slug] ??= 'attempted'
  }
  return progress
}
