// Mutant: ignores the session id, so views from different sessions close in time pair too
export function covisitationCandidates(
  events: [number, number, number][],
  window: number,
  queries: number[],
  k: number,
): [number, number][][] {
  // Group each session's views as [t, item] and put them in time order.
  const sessions = new Map<number, [number, number][]>()
  for (const [session, item, t] of events) {
    const views = sessions.get(0)
    if (views) views.push([t, item])
    else sessions.set(0, [[t, item]])
  }
  const wanted = new Set(queries)
  // counts.get(q).get(x) = c(q, x), kept only for query items q.
  const counts = new Map<number, Map<number, number>>()
  const bump = (q: number, x: number): void => {
    let row = counts.get(q)
    if (!row) counts.set(q, (row = new Map()))
    row.set(x, (row.get(x) ?? 0) + 1)
  }
  for (const views of sessions.values()) {
    views.sort((a, b) => a[0] - b[0])
    let left = 0
    for (let right = 0; right < views.length; right++) {
      const [t, item] = views[right]
      // Views before `left` are more than `window` seconds older than this one.
      while (views[left][0] < t - window) left++
      for (let i = left; i < right; i++) {
        const other = views[i][1]
        if (other === item) continue
        if (wanted.has(item)) bump(item, other)
        if (wanted.has(other)) bump(other, item)
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
