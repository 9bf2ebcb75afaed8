// A short-lived in-process cache of catalog answers, cleared on every instance when the catalog changes.
import type { ProblemQuery, ProblemSummary } from '@pairwise/shared'
import { invalidationFor } from '../scale/invalidation.ts'

const TTL_MS = 5_000
const MAX_ENTRIES = 500

export class CatalogCache {
  private entries = new Map<string, { at: number; value: ProblemSummary[] }>()

  async get(query: ProblemQuery, load: () => Promise<ProblemSummary[]>): Promise<ProblemSummary[]> {
    const key = JSON.stringify([
      query.area,
      query.difficulty,
      query.language,
      query.q?.trim().toLowerCase(),
    ])
    const now = Date.now()
    const hit = this.entries.get(key)
    if (hit && now - hit.at < TTL_MS) return hit.value
    const value = await load()
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear()
    this.entries.set(key, { at: now, value })
    return value
  }

  clear(): void {
    this.entries.clear()
  }
}

const caches = new WeakMap<object, CatalogCache>()

/**
 * One cache per database handle, so separate apps (and tests) never share answers. It clears on
 * every invalidation: a library sync or a publish here, or (PostgreSQL) on any other instance.
 * The TTL is only a backstop now.
 */
export function catalogCacheFor(db: object): CatalogCache {
  let cache = caches.get(db)
  if (!cache) {
    const made = new CatalogCache()
    invalidationFor(db).subscribe(() => made.clear())
    caches.set(db, (cache = made))
  }
  return cache
}
