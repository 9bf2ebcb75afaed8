// Mutant: leaves Math.imul's signed result in the hash and applies >>> 0 to the ring's points only, so a key hash at or above 2^31 is negative and always lands on the first point
interface CacheNode {
  name: string
  replicas: number
}

interface Rebalance {
  moved: number
  load_after: Record<string, number>
}

const FNV_OFFSET = 2166136261
const FNV_PRIME = 16777619
// A point packed as hash * 2^19 + name rank * 2^10 + index stays below 2^51, an exact double:
// sorting the numbers sorts by hash, then node name, then index.
const LOW = 524288

// Math.imul multiplies modulo 2^32 (a plain * would lose the low bits past 2^53), and >>> 0
// reads the result back as unsigned.
function fnv1a(s: string, h = FNV_OFFSET): number {
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), FNV_PRIME)
  return h
}

interface Ring {
  points: Float64Array
  owner: string[]
}

function buildRing(nodes: CacheNode[]): Ring {
  const names = nodes.map((node) => node.name).sort() // ASCII: UTF-16 order is code-point order
  const rank = new Map(names.map((name, r) => [name, r]))
  const points = new Float64Array(nodes.reduce((total, node) => total + node.replicas, 0))
  let p = 0
  for (const node of nodes) {
    const prefix = fnv1a(node.name + '#')
    const r = rank.get(node.name)!
    for (let i = 0; i < node.replicas; i++)
      points[p++] = (fnv1a(String(i), prefix) >>> 0) * LOW + r * 1024 + i
  }
  points.sort() // a typed array sorts numerically
  const owner = Array.from(points, (point) => names[Math.floor(point / 1024) % 512]!)
  return { points, owner }
}

// The node of the first point with hash >= h, wrapping past the last point.
function ownerOf(ring: Ring, h: number): string {
  const target = h * LOW
  let lo = 0
  let hi = ring.points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ring.points[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return ring.owner[lo === ring.points.length ? 0 : lo]!
}

export function rebalanceRing(
  nodesBefore: CacheNode[],
  nodesAfter: CacheNode[],
  keys: string[],
): Rebalance {
  const before = buildRing(nodesBefore)
  const after = buildRing(nodesAfter)
  const load: Record<string, number> = {}
  for (const node of nodesAfter) load[node.name] = 0
  let moved = 0
  for (const key of keys) {
    const h = fnv1a(key)
    const now = ownerOf(after, h)
    if (ownerOf(before, h) !== now) moved++
    load[now]!++
  }
  return { moved, load_after: load }
}
