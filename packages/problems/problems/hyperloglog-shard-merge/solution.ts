interface HllEstimate {
  estimate: number
  zero_registers: number
  registers: number[]
}

const MASK = (1n << 64n) - 1n

// SplitMix64's finaliser, in 64-bit unsigned arithmetic (BigInt, wrapped to 64 bits).
function mix64(x: bigint): bigint {
  let z = (x + 0x9e3779b97f4a7c15n) & MASK
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK
  return z ^ (z >> 31n)
}

function alpha(m: number): number {
  if (m === 16) return 0.673
  if (m === 32) return 0.697
  if (m === 64) return 0.709
  return 0.7213 / (1 + 1.079 / m)
}

export function mergeAndEstimate(sketches: number[][], items: number[], p: number): HllEstimate {
  const m = 1 << p
  // Merging sketches is a register-wise max; no sketches means all zeros.
  const registers = new Array<number>(m).fill(0)
  for (const sketch of sketches) {
    for (let j = 0; j < m; j++) if (sketch[j] > registers[j]) registers[j] = sketch[j]
  }
  const width = 64 - p
  const restMask = (1n << BigInt(width)) - 1n
  for (const item of items) {
    const h = mix64(BigInt(item))
    const index = Number(h >> BigInt(width))
    const rest = h & restMask
    // Rank: position of the first 1 bit of the (64 - p)-bit word, from 1; 65 - p for a zero word.
    const rank = width - (rest === 0n ? 0 : rest.toString(2).length) + 1
    if (rank > registers[index]) registers[index] = rank
  }
  const zeros = registers.filter((r) => r === 0).length
  const raw = (alpha(m) * m * m) / registers.reduce((sum, r) => sum + 2 ** -r, 0)
  const estimate = raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw
  return { estimate, zero_registers: zeros, registers }
}
