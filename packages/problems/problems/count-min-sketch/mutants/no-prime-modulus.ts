// Mutant: hashes with (a * x + b) mod width, forgetting the prime
export function countMinEstimates(
  width: number,
  prime: number,
  hashParams: [number, number][],
  updates: [number, number][],
  queries: number[],
): number[] {
  // a * key can reach 2^62, past the 2^53 that a double holds exactly, so hash in BigInt.
  const p = BigInt(prime)
  const w = BigInt(width)
  const rows = hashParams.map(([a, b]) => [BigInt(a), BigInt(b)] as const)
  const table = rows.map(() => new Array<number>(width).fill(0))
  const column = (r: number, key: number): number => {
    const [a, b] = rows[r]
    return Number((a * BigInt(key) + b) % w)
  }

  for (const [key, count] of updates) {
    for (let r = 0; r < rows.length; r++) table[r][column(r, key)] += count
  }
  return queries.map((q) => Math.min(...rows.map((_, r) => table[r][column(r, q)])))
}
