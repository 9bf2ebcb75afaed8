// Mutant: leaves out every item anyone has engaged with, not only this user's
export function recommendItems(
  userBoards: [string, string][],
  boardItems: [string, string][],
  userItems: [string, string][],
  user: string,
  alpha: number,
  iterations: number,
  n: number,
): [string, number][] {
  // Keys carry a one-letter kind prefix so a user, a board and an item may share an id.
  const adj = new Map<string, Set<string>>()
  const link = (a: string, b: string): void => {
    if (!adj.has(a)) adj.set(a, new Set())
    if (!adj.has(b)) adj.set(b, new Set())
    adj.get(a)!.add(b)
    adj.get(b)!.add(a)
  }
  for (const [u, b] of userBoards) link(`u:${u}`, `b:${b}`)
  for (const [b, i] of boardItems) link(`b:${b}`, `i:${i}`)
  for (const [u, i] of userItems) link(`u:${u}`, `i:${i}`)

  const source = `u:${user}`
  if (!adj.has(source)) return []

  const nodes = [...adj.keys()]
  const index = new Map(nodes.map((node, k) => [node, k]))
  const neighbours = nodes.map((node) => [...adj.get(node)!].map((w) => index.get(w)!))
  const s = index.get(source)!

  let rank = new Float64Array(nodes.length)
  rank[s] = 1
  for (let t = 0; t < iterations; t++) {
    const next = new Float64Array(nodes.length)
    next[s] = alpha
    rank.forEach((mass, v) => {
      if (mass === 0) return
      const share = ((1 - alpha) * mass) / neighbours[v].length
      for (const w of neighbours[v]) next[w] += share
    })
    rank = next
  }

  const seen = new Set(userItems.map(([, i]) => i))
  const candidates: [string, number][] = []
  nodes.forEach((node, k) => {
    if (!node.startsWith('i:')) return
    const item = node.slice(2)
    if (seen.has(item)) return
    const score = Math.round(rank[k] * 1e9) / 1e9
    if (score > 0) candidates.push([item, score])
  })
  candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return candidates.slice(0, n)
}
