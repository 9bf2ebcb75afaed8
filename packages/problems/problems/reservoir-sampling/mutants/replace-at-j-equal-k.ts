// Mutant: replaces when j <= k, which appends past the reservoir
export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  const reservoir: number[] = []
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.floor(randoms[i - k] * (i + 1)) // uniform slot in 0..i
    if (j <= k) reservoir[j] = item
  })
  return reservoir
}
