// Mutant: sorts by score only, so ties keep the order items were first reached in
type Nested = Map<string, Map<string, number>>

function addTo(outer: Nested, a: string, b: string, w: number): void {
  let inner = outer.get(a)
  if (!inner) {
    inner = new Map()
    outer.set(a, inner)
  }
  inner.set(b, (inner.get(b) ?? 0) + w) // repeated (user, item) rows add up
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

export function recommendItems(
  interactions: Array<[string, string, number]>,
  user: string,
  n: number,
): Array<[string, number]> {
  const byItem: Nested = new Map()
  const byUser: Nested = new Map()
  for (const [u, item, w] of interactions) {
    addTo(byItem, item, u, w)
    addTo(byUser, u, item, w)
  }
  const seen = byUser.get(user)
  if (!seen || n <= 0) return []

  const norms = new Map<string, number>()
  const norm = (item: string): number => {
    let value = norms.get(item)
    if (value === undefined) {
      value = Math.sqrt([...byItem.get(item)!.values()].reduce((s, w) => s + w * w, 0))
      norms.set(item, value)
    }
    return value
  }

  const scores = new Map<string, number>()
  for (const [i, wUi] of seen) {
    // Dot products of item i with every unseen item that shares a user with it.
    const dots = new Map<string, number>()
    for (const [v, wVi] of byItem.get(i)!) {
      for (const [j, wVj] of byUser.get(v)!) {
        if (!seen.has(j)) dots.set(j, (dots.get(j) ?? 0) + wVi * wVj)
      }
    }
    for (const [j, dot] of dots) {
      scores.set(j, (scores.get(j) ?? 0) + (wUi * dot) / (norm(i) * norm(j)))
    }
  }

  return [...scores]
    .map(([j, s]): [string, number] => [j, round6(s)])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
}
