// Mutant: draws the slot from 0..i-1 (u * i) instead of 0..i
export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  const reservoir: number[] = []
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.floor(randoms[i - k] * i)
    if (j < k) reservoir[j] = item
  })
  return reservoir
}
