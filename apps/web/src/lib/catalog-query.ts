// Reads and writes the catalog's filters in the URL query string, dropping values we do not know.
import { AREAS, DIFFICULTIES, LANGUAGES } from '@pairwise/shared'
import type { ProblemQuery } from '@pairwise/shared'

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => value === raw)
}

export function queryFromSearch(search: URLSearchParams): ProblemQuery {
  const q = search.get('q')?.trim().slice(0, 200)
  return {
    area: pick(AREAS, search.get('area')),
    difficulty: pick(DIFFICULTIES, search.get('difficulty')),
    language: pick(LANGUAGES, search.get('language')),
    q: q ? q : undefined,
  }
}

export function searchFromQuery(query: ProblemQuery): URLSearchParams {
  const search = new URLSearchParams()
  for (const key of ['area', 'difficulty', 'language', 'q'] as const) {
    const value = query[key]
    if (value) search.set(key, value)
  }
  return search
}

export function hasFilters(query: ProblemQuery): boolean {
  return Boolean(query.area ?? query.difficulty ?? query.language ?? query.q)
}
