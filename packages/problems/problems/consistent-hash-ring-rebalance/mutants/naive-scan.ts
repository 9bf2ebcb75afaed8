// Mutant: compares every key with every virtual point (O(K P)): correct output, too slow on the large case
interface CacheNode {
  name: string
  replicas: number
}

interface Rebalance {
  moved: number
  load_after: Record<string, number>
}

interface Point {
  hash: number
  name: string
  index: number
}

function fnv1a(s: string): number {
  let h = 2166136261
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 16777619) >>> 0
  return h
}

function pointsOf(nodes: CacheNode[]): Point[] {
  const points: Point[] = []
  for (const node of nodes) {
    for (let i = 0; i < node.replicas; i++) {
      points.push({ hash: fnv1a(`${node.name}#${i}`), name: node.name, index: i })
    }
  }
  return points
}

function before(a: Point, b: Point): boolean {
  if (a.hash !== b.hash) return a.hash < b.hash
  if (a.name !== b.name) return a.name < b.name
  return a.index < b.index
}

function ownerOf(points: Point[], h: number): string {
  let best: Point | undefined
  let lowest: Point | undefined
  for (const p of points) {
    if (lowest === undefined || before(p, lowest)) lowest = p
    if (p.hash >= h && (best === undefined || before(p, best))) best = p
  }
  return (best ?? lowest)!.name
}

export function rebalanceRing(
  nodesBefore: CacheNode[],
  nodesAfter: CacheNode[],
  keys: string[],
): Rebalance {
  const old = pointsOf(nodesBefore)
  const next = pointsOf(nodesAfter)
  const load: Record<string, number> = {}
  for (const node of nodesAfter) load[node.name] = 0
  let moved = 0
  for (const key of keys) {
    const h = fnv1a(key)
    const now = ownerOf(next, h)
    if (ownerOf(old, h) !== now) moved++
    load[now]!++
  }
  return { moved, load_after: load }
}
