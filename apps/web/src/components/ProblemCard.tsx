// One problem in the catalog grid; the whole card links to the problem page.
import { Link } from 'react-router'
import type { ProblemProgress, ProblemSummary } from '@pairwise/shared'
import { languageUnavailable, unavailableHere } from '../lib/availability.ts'
import { LANGUAGE_LABELS } from '../lib/labels.ts'
import { AreaTags } from './AreaTags.tsx'
import { DifficultyBadge } from './DifficultyBadge.tsx'

const PROGRESS_LABELS: Record<ProblemProgress, string> = {
  solved: '✓ Solved',
  attempted: 'Attempted',
}

export function ProblemCard({
  problem,
  progress,
}: {
  problem: ProblemSummary
  /** The signed-in user's progress on it, if any. */
  progress?: ProblemProgress | undefined
}) {
  const unavailable = unavailableHere(problem)
  return (
    <article className="problem-card">
      <div className="problem-card__top">
        <DifficultyBadge difficulty={problem.difficulty} />
        {progress ? (
          <span
            className={`problem-card__progress problem-card__progress--${progress}`}
            data-testid="problem-progress"
          >
            {PROGRESS_LABELS[progress]}
          </span>
        ) : null}
        <svg
          className="problem-card__arrow"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M4 8h8M8.5 4.5 12 8l-3.5 3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
      </div>
      <h2 className="problem-card__title">
        <Link className="problem-card__link" to={`/problems/${problem.slug}`}>
          {problem.title}
        </Link>
      </h2>
      <AreaTags areas={problem.areas} />
      <p className="problem-card__languages">
        <span className="visually-hidden">Languages: </span>
        {problem.languages
          .map(
            (language) =>
              `${LANGUAGE_LABELS[language]}${languageUnavailable(problem, language) ? ' (unavailable here)' : ''}`,
          )
          .join(' · ')}
      </p>
      {unavailable ? (
        <p className="problem-card__unavailable" data-testid="problem-unavailable">
          {unavailable.label}
        </p>
      ) : null}
    </article>
  )
}
