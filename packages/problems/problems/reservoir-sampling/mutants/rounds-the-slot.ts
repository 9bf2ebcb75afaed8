// Mutant: rounds u * (i + 1) to the nearest integer instead of flooring it
export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  const reservoir: number[] = []
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.round(randoms[i - k] * (i + 1))
    if (j < k) reservoir[j] = item
  })
  return reservoir
}
