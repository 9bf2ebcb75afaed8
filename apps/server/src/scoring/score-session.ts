// Scores a session, stores the report, records it in the transcript and marks the session scored.
import type { ScoreReport } from '@pairwise/shared'
import type { AppDeps } from '../app-env.ts'
import { appendEvent } from '../transcript/repository.ts'
import { assembleReport } from './report.ts'
import type { ScoreInput } from './score-input.ts'
import { saveReport } from './repository.ts'

export async function scoreSession(deps: AppDeps, input: ScoreInput): Promise<ScoreReport> {
  const report = await assembleReport(deps, input)
  await deps.db.transaction().execute(async (trx) => {
    const id = await saveReport(trx, input.session.id, report)
    await appendEvent(
      trx,
      input.session.id,
      'score',
      {
        reportId: id,
        total: report.total,
        flags: report.flags.map((f) => f.code),
      },
      { enforce: false },
    )
    await trx
      .updateTable('practice_sessions')
      .set({ status: 'scored', updated_at: new Date().toISOString() })
      .where('id', '=', input.session.id)
      .execute()
  })
  return report
}
