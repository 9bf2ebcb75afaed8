// Mutant: scales by 256 levels and clamps to 255 instead of scaling by 255
export function equalizeHistogram(image: number[][]): number[][] {
  const counts = new Array<number>(256).fill(0)
  for (const row of image) for (const value of row) counts[value]++
  const total = counts.reduce((a, b) => a + b, 0)
  if (total === 0) return image.map((row) => [...row])
  const darkest = counts.findIndex((c) => c > 0)
  const cMin = counts[darkest] // the cdf at the darkest level present
  const span = total - cMin
  if (span === 0) return image.map((row) => [...row]) // a flat image has nothing to spread
  const mapping = new Array<number>(256)
  let cdf = 0
  for (let v = 0; v < 256; v++) {
    cdf += counts[v]
    // round((cdf - cMin) * 255 / span), halves up, in exact integers
    mapping[v] = Math.min(255, Math.floor((2 * (cdf - cMin) * 256 + span) / (2 * span)))
  }
  return image.map((row) => row.map((value) => mapping[value]))
}
