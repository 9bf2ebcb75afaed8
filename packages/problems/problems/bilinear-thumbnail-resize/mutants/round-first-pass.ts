// Mutant: rounds the column pass to integers before interpolating between rows
function coord(i: number, outSize: number, inSize: number): number {
  return ((i + 0.5) * inSize) / outSize - 0.5
}

function tap(i: number, outSize: number, inSize: number): [number, number, number] {
  let s = coord(i, outSize, inSize)
  s = Math.min(Math.max(s, 0), inSize - 1)
  const low = Math.floor(s)
  return [low, Math.min(low + 1, inSize - 1), s - low]
}

export function resizeBilinear(image: number[][], outH: number, outW: number): number[][] {
  const rows = Array.from({ length: outH }, (_, y) => tap(y, outH, image.length))
  const cols = Array.from({ length: outW }, (_, x) => tap(x, outW, image[0].length))
  return rows.map(([y0, y1, fy]) =>
    cols.map(([x0, x1, fx]) => {
      let upper = (1 - fx) * image[y0][x0] + fx * image[y0][x1]
      let lower = (1 - fx) * image[y1][x0] + fx * image[y1][x1]
      upper = Math.round(upper)
      lower = Math.round(lower)
      const value = (1 - fy) * upper + fy * lower
      return Math.floor(value + 0.5 + 1e-9)
    }),
  )
}
