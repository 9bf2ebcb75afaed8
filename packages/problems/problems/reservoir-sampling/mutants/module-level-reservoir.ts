// Mutant: keeps the reservoir at module level, so it outlives the call
const reservoir: number[] = []

export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.floor(randoms[i - k] * (i + 1)) // uniform slot in 0..i
    if (j < k) reservoir[j] = item
  })
  return reservoir
}
