// The one vocabulary of area ids shared by problems, postings and problem sets (CONTRACT.md).
import { z } from 'zod'

export const AREAS = [
  'ranking',
  'recommendation',
  'retrieval',
  'nlp',
  'vision',
  'graph',
  'streaming',
  'big-data',
  'ads',
  'experimentation',
  'ml-fundamentals',
] as const

export const Area = z.enum(AREAS)
export type Area = z.infer<typeof Area>

export const AREA_LABELS: Record<Area, string> = {
  ranking: 'Ranking',
  recommendation: 'Recommendation',
  retrieval: 'Retrieval & embeddings',
  nlp: 'NLP',
  vision: 'Vision',
  graph: 'Graphs',
  streaming: 'Streaming',
  'big-data': 'Big data',
  ads: 'Ads',
  experimentation: 'Experimentation',
  'ml-fundamentals': 'ML fundamentals',
}

export const LANGUAGES = ['python', 'typescript', 'java', 'cpp'] as const
export const Language = z.enum(LANGUAGES)
export type Language = z.infer<typeof Language>

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export const Difficulty = z.enum(DIFFICULTIES)
export type Difficulty = z.infer<typeof Difficulty>

export const ASSISTANT_POLICIES = ['coach', 'pair', 'interviewer'] as const
export const AssistantPolicy = z.enum(ASSISTANT_POLICIES)
export type AssistantPolicy = z.infer<typeof AssistantPolicy>
