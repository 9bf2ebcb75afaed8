// Human labels for the shared vocabularies (areas come with their own, in @pairwise/shared).
import type {
  AssistantPolicy,
  Difficulty,
  Language,
  Role,
  ScoreWeights,
  SetProblemStatus,
} from '@pairwise/shared'

export const LANGUAGE_LABELS: Record<Language, string> = {
  python: 'Python',
  typescript: 'TypeScript',
  java: 'Java',
  cpp: 'C++',
}

/** The file the candidate's code is, as the runner names it in its messages. */
export const LANGUAGE_FILE_NAMES: Record<Language, string> = {
  python: 'solution.py',
  typescript: 'solution.ts',
  java: 'Solution.java',
  cpp: 'solution.cpp',
}

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
}

export const POLICY_TEXT: Record<AssistantPolicy, { title: string; detail: string }> = {
  coach: {
    title: 'Coach',
    detail: 'Asks questions and gives hints; it will not write the solution for you.',
  },
  pair: {
    title: 'Pair',
    detail: 'Works beside you like a colleague and can write code with you.',
  },
  interviewer: {
    title: 'Interviewer',
    detail: 'Plays the interviewer: answers clarifying questions and probes your reasoning.',
  },
}

export const SET_STATUS_LABELS: Record<SetProblemStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  solved: 'Solved',
  scored: 'Scored',
}

export const WEIGHT_LABELS: Record<keyof ScoreWeights, string> = {
  explanation: 'Explanation',
  correctness: 'Correctness',
  consistency: 'Consistency',
  collaboration: 'AI collaboration',
}

/** A role as it reads after "is now": the article goes with the word. */
export const ROLE_WITH_ARTICLE: Record<Role, string> = {
  candidate: 'a candidate',
  mentor: 'a mentor',
  instructor: 'an instructor',
  admin: 'an admin',
}

/** "1 problem", "3 problems": a count with its noun in the right number (regular plurals). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
