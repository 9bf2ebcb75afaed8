// A mentor's override beside the automatic score: the new total, who gave it and why.
import type { ScoreOverride } from '@pairwise/shared'
import '../../styles/feedback.css'

export function MentorOverride({
  override,
  automaticTotal,
}: {
  override: ScoreOverride
  automaticTotal: number
}) {
  return (
    <section className="mentor-override" aria-label="Mentor's score" data-testid="mentor-override">
      <div className="mentor-override__totals">
        <span className="mentor-override__number">{Math.round(override.total)}</span>
        <span className="mentor-override__outof">/100</span>
        <span className="mentor-override__was">
          mentor's score · automatic {Math.round(automaticTotal)}
        </span>
      </div>
      <p className="mentor-override__by">
        {override.mentor.name} changed the score on{' '}
        <time dateTime={override.createdAt}>{new Date(override.createdAt).toLocaleString()}</time>:
      </p>
      <blockquote className="mentor-override__reason">{override.reason}</blockquote>
    </section>
  )
}
