// Mutant: indexes the random numbers by stream position instead of i - k
export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  const reservoir: number[] = []
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.floor(randoms[i] * (i + 1))
    if (j < k) reservoir[j] = item
  })
  return reservoir
}
