// Human labels for the shared vocabularies (areas come with their own, in @pairwise/shared).
import type { Difficulty, Language } from '@pairwise/shared'

export const LANGUAGE_LABELS: Record<Language, string> = {
  python: 'Python',
  typescript: 'TypeScript',
}

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
}
