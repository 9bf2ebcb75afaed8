// Picks library problems that cover a posting's requirements, and names the areas nothing covers.
import type { Area, Difficulty } from '@pairwise/shared'

export interface LibraryProblem {
  slug: string
  title: string
  areas: readonly Area[]
  difficulty: Difficulty
}

/** What suggestion needs from a requirement; `Requirement` from extractRequirements fits. */
export interface RequiredArea {
  area: Area
  confidence: number
  matched?: readonly string[]
}

export interface Suggestion {
  slug: string
  /** The required area it practises: of those it covers, the one the library has fewest problems for. */
  area: Area
  reason: string
}

export interface ProblemSuggestions {
  suggestions: Suggestion[]
  /** Required areas that no problem in the library covers, most wanted first. */
  uncovered: Area[]
}

export interface SuggestOptions {
  /** How many problems should cover each required area (default 2, at most 10). */
  perArea?: number
}

const DEFAULT_PER_AREA = 2
const MAX_PER_AREA = 10
const DIFFICULTY_ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 }

function describe(
  problem: LibraryProblem,
  area: Area,
  matched: readonly string[],
  alsoRequired: Area[],
): string {
  const asked =
    matched.length > 0 ? ` (the posting mentions ${matched.slice(0, 3).join(', ')})` : ''
  const also = alsoRequired.length > 0 ? `; also covers ${alsoRequired.join(', ')}` : ''
  return `Practises ${area}${asked}${also}; ${problem.difficulty}.`
}

/**
 * For each required area, most confident first, picks up to `perArea` problems that cover it.
 * Problems already picked for another area count towards its quota, so one problem covering two
 * required areas saves a slot. Among candidates it prefers those covering more of the required
 * areas (weighted by confidence), then a difficulty the area does not have yet, then easier, then
 * slug, so the result is deterministic. No slug is suggested twice.
 */
export function suggestProblems(
  requirements: readonly RequiredArea[],
  library: readonly LibraryProblem[],
  options: SuggestOptions = {},
): ProblemSuggestions {
  const perArea = Math.max(
    1,
    Math.min(MAX_PER_AREA, Math.floor(options.perArea ?? DEFAULT_PER_AREA)),
  )
  const confidence = new Map<Area, number>()
  const matchedFor = new Map<Area, readonly string[]>()
  for (const r of requirements) {
    if ((confidence.get(r.area) ?? -1) < r.confidence) {
      confidence.set(r.area, r.confidence)
      matchedFor.set(r.area, r.matched ?? [])
    }
  }
  const required = [...confidence.keys()].sort(
    (a, b) => (confidence.get(b) ?? 0) - (confidence.get(a) ?? 0),
  )

  const breadth = (p: LibraryProblem): number =>
    [...new Set(p.areas)].reduce((sum, a) => sum + (confidence.get(a) ?? 0), 0)

  const supply = new Map<Area, number>()
  for (const p of library) for (const a of new Set(p.areas)) supply.set(a, (supply.get(a) ?? 0) + 1)

  const picked: LibraryProblem[] = []
  const used = new Set<string>()
  const suggestions: Suggestion[] = []
  const uncovered: Area[] = []

  for (const area of required) {
    const covering = library.filter((p) => p.areas.includes(area))
    if (covering.length === 0) {
      uncovered.push(area)
      continue
    }
    const already = picked.filter((p) => p.areas.includes(area))
    const difficulties = new Set(already.map((p) => p.difficulty))
    let count = already.length
    while (count < perArea) {
      const candidates = covering.filter((p) => !used.has(p.slug))
      if (candidates.length === 0) break
      const best = candidates.reduce((a, b) => {
        const byBreadth = breadth(b) - breadth(a)
        if (Math.abs(byBreadth) > 1e-9) return byBreadth > 0 ? b : a
        const newA = difficulties.has(a.difficulty) ? 0 : 1
        const newB = difficulties.has(b.difficulty) ? 0 : 1
        if (newA !== newB) return newB > newA ? b : a
        const byLevel = DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]
        if (byLevel !== 0) return byLevel > 0 ? b : a
        return b.slug < a.slug ? b : a
      })
      used.add(best.slug)
      picked.push(best)
      difficulties.add(best.difficulty)
      count++
      // Shown under the required area it is hardest to find problems for, so a problem that is
      // the only one for "ads" is listed there even when it was picked for ml-fundamentals.
      const label = best.areas
        .filter((a) => confidence.has(a))
        .reduce((a, b) => ((supply.get(b) ?? 0) < (supply.get(a) ?? 0) ? b : a), area)
      const alsoRequired = best.areas.filter((a) => a !== label && confidence.has(a))
      suggestions.push({
        slug: best.slug,
        area: label,
        reason: describe(best, label, matchedFor.get(label) ?? [], alsoRequired),
      })
    }
  }
  return { suggestions, uncovered }
}
