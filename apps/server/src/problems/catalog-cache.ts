// A short-lived in-process cache of catalog answers. The catalog changes only when the library is
// synced or a problem is published; those writes clear it here, and the TTL bounds how long another
// server instance (sharing PostgreSQL) may show the previous catalog.
import type { ProblemQuery, ProblemSummary } from '@pairwise/shared'

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

/** One cache per database handle, so separate apps (and tests) never share answers. */
export function catalogCacheFor(db: object): CatalogCache {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new CatalogCache()))
  return cache
}
