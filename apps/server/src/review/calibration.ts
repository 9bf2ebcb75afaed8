// Calibration: how far the automatic scores are from mentors' overrides, per problem and criterion.
import type { PublicUser, ScoreReport } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import { reviewerOf } from '../sessions/repository.ts'

export interface Gap {
  n: number
  /** Mean of |mentor − automatic|, in points. */
  meanAbsGap: number
  /** Mean of (mentor − automatic): positive when the scorer is too harsh. */
  bias: number
}

export interface Calibration {
  overall: Gap
  byProblem: (Gap & { slug: string; title: string })[]
  byCriterion: (Gap & { id: string; title: string })[]
  points: { sessionId: string; slug: string; automatic: number; mentor: number; at: string }[]
}

function gap(pairs: [number, number][]): Gap {
  const n = pairs.length
  if (!n) return { n: 0, meanAbsGap: 0, bias: 0 }
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    n,
    meanAbsGap: round(pairs.reduce((s, [a, m]) => s + Math.abs(m - a), 0) / n),
    bias: round(pairs.reduce((s, [a, m]) => s + (m - a), 0) / n),
  }
}

export async function calibration(db: Db, user: PublicUser): Promise<Calibration> {
  let q = db
    .selectFrom('score_overrides')
    .innerJoin('score_reports', 'score_reports.id', 'score_overrides.report_id')
    .innerJoin('practice_sessions', 'practice_sessions.id', 'score_overrides.session_id')
    .innerJoin('problems', 'problems.slug', 'practice_sessions.problem_slug')
    .select([
      'score_overrides.session_id',
      'score_overrides.total as mentor_total',
      'score_overrides.criteria as mentor_criteria',
      'score_overrides.created_at',
      'score_reports.report',
      'problems.slug',
      'problems.title',
    ])
    .orderBy('score_overrides.created_at')
  if (user.role !== 'admin') q = q.where((eb) => reviewerOf(eb, user))
  const rows = await q.limit(5_000).execute()

  const points: Calibration['points'] = []
  const byProblem = new Map<string, { title: string; pairs: [number, number][] }>()
  const byCriterion = new Map<string, { title: string; pairs: [number, number][] }>()
  for (const r of rows) {
    const report = JSON.parse(r.report) as ScoreReport
    const mentor = Number(r.mentor_total)
    points.push({
      sessionId: r.session_id,
      slug: r.slug,
      automatic: report.total,
      mentor,
      at: r.created_at,
    })
    const p = byProblem.get(r.slug) ?? { title: r.title, pairs: [] }
    p.pairs.push([report.total, mentor])
    byProblem.set(r.slug, p)
    const mentorCriteria = r.mentor_criteria
      ? (JSON.parse(r.mentor_criteria) as Record<string, number>)
      : {}
    for (const c of report.criteria) {
      const given = mentorCriteria[c.id]
      if (given === undefined) continue
      const entry = byCriterion.get(c.id) ?? { title: c.title, pairs: [] }
      // Both on a 0–100 scale of the criterion, so criteria of different weights compare.
      entry.pairs.push([(100 * c.score) / c.max, Math.min(100, (100 * given) / c.max)])
      byCriterion.set(c.id, entry)
    }
  }
  return {
    overall: gap(points.map((p) => [p.automatic, p.mentor])),
    byProblem: [...byProblem].map(([slug, v]) => ({ slug, title: v.title, ...gap(v.pairs) })),
    byCriterion: [...byCriterion].map(([id, v]) => ({ id, title: v.title, ...gap(v.pairs) })),
    points,
  }
}
