// Offline analysis of a job posting: the areas it asks for, and library problems that cover them.
export { extractRequirements, TAXONOMY_SIZE } from './extract-requirements.ts'
export type { PostingAnalysis, Requirement } from './extract-requirements.ts'
export { MAX_POSTING_CHARS, segmentPosting } from './posting-text.ts'
export { suggestProblems } from './suggest-problems.ts'
export type {
  LibraryProblem,
  ProblemSuggestions,
  RequiredArea,
  SuggestOptions,
  Suggestion,
} from './suggest-problems.ts'
