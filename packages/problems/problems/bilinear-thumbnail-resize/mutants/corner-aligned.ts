// Mutant: maps corners to corners, s = i * (n - 1) / (m - 1) (align_corners = true)
function coord(i: number, outSize: number, inSize: number): number {
  return outSize === 1 ? 0 : (i * (inSize - 1)) / (outSize - 1)
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
      const upper = (1 - fx) * image[y0][x0] + fx * image[y0][x1]
      const lower = (1 - fx) * image[y1][x0] + fx * image[y1][x1]
      const value = (1 - fy) * upper + fy * lower
      return Math.floor(value + 0.5 + 1e-9)
    }),
  )
}
