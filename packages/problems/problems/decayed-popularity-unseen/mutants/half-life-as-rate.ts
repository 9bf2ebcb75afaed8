// Mutant: multiplies the age by the half-life instead of dividing by it
export function recommendPopular(
  events: [user: number, item: number, t: number][],
  user: number,
  now: number,
  halfLife: number,
  k: number,
): [item: number, score: number][] {
  const popularity = new Map<number, number>()
  const seen = new Set<number>()
  for (const [eventUser, item, t] of events) {
    // An event loses half its weight every halfLife seconds.
    popularity.set(item, (popularity.get(item) ?? 0) + 0.5 ** ((now - t) * halfLife))
    if (eventUser === user) seen.add(item)
  }
  return [...popularity.entries()]
    .filter(([item]) => !seen.has(item))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
}
