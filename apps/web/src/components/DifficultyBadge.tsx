// The coloured difficulty label on cards and problem pages.
import type { Difficulty } from '@pairwise/shared'
import { DIFFICULTY_LABELS } from '../lib/labels.ts'

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span className={`difficulty difficulty--${difficulty}`}>
      <span className="difficulty__dot" aria-hidden="true" />
      {DIFFICULTY_LABELS[difficulty]}
    </span>
  )
}
