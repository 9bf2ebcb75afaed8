// Mutant: compares every pair of views inside a session, O(L^2) per session (correct output, too slow)
export function covisitationCandidates(
  events: [number, number, number][],
  window: number,
  queries: number[],
  k: number,
): [number, number][][] {
  const sessions = new Map<number, [number, number][]>()
  for (const [session, item, t] of events) {
    const views = sessions.get(session)
    if (views) views.push([t, item])
    else sessions.set(session, [[t, item]])
  }
  const wanted = new Set(queries)
  const counts = new Map<number, Map<number, number>>()
  const bump = (q: number, x: number): void => {
    let row = counts.get(q)
    if (!row) counts.set(q, (row = new Map()))
    row.set(x, (row.get(x) ?? 0) + 1)
  }
  for (const views of sessions.values()) {
    for (let i = 0; i < views.length; i++) {
      const [ti, a] = views[i]
      for (let j = i + 1; j < views.length; j++) {
        const [tj, b] = views[j]
        if (a === b || Math.abs(ti - tj) > window) continue
        if (wanted.has(a)) bump(a, b)
        if (wanted.has(b)) bump(b, a)
      }
    }
  }
  return queries.map((q) => {
    const row = counts.get(q)
    if (!row) return []
    const ranked: [number, number][] = [...row]
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    return ranked.slice(0, k)
  })
}
