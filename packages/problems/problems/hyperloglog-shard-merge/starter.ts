interface HllEstimate {
  estimate: number
  zero_registers: number
  registers: number[]
}

export function mergeAndEstimate(sketches: number[][], items: number[], p: number): HllEstimate {
  // m = 2 ** p registers; merge the sketches, add the items with the stated 64-bit hash
  // (BigInt gives exact 64-bit arithmetic).
  throw new Error('not implemented')
}
