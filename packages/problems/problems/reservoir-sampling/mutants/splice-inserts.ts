// Mutant: inserts the new item at slot j with splice instead of replacing it
export function reservoirSample(stream: number[], k: number, randoms: number[]): number[] {
  const reservoir: number[] = []
  stream.forEach((item, i) => {
    if (i < k) {
      reservoir.push(item)
      return
    }
    const j = Math.floor(randoms[i - k] * (i + 1)) // uniform slot in 0..i
    if (j < k) reservoir.splice(j, 0, item)
  })
  return reservoir
}
