interface CacheNode {
  name: string
  replicas: number
}

interface Rebalance {
  moved: number
  load_after: Record<string, number>
}

export function rebalanceRing(
  nodesBefore: CacheNode[],
  nodesAfter: CacheNode[],
  keys: string[],
): Rebalance {
  // Hash with 32-bit unsigned FNV-1a (Math.imul and >>> 0 keep JavaScript numbers exact).
  // Return the keys whose node changed and every after-node's key count, 0 included.
  throw new Error('not implemented')
}
