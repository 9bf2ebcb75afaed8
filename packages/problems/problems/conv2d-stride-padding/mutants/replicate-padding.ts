// Mutant: pads by repeating the nearest edge pixel (clamping coordinates) instead of with zeros
export function conv2d(
  image: number[][],
  kernel: number[][],
  stride: number,
  padding: number,
): number[][] {
  if (image.length === 0) return []
  const height = image.length
  const width = image[0]!.length
  const kHeight = kernel.length
  const kWidth = kernel[0]!.length
  const roomH = height + 2 * padding - kHeight
  const roomW = width + 2 * padding - kWidth
  if (roomH < 0 || roomW < 0) return []

  const clamp = (i: number, size: number): number => Math.min(size - 1, Math.max(0, i))
  const pixel = (row: number, col: number): number => image[clamp(row, height)]![clamp(col, width)]!

  const output: number[][] = []
  for (let r = 0; r <= roomH / stride; r++) {
    const outRow: number[] = []
    for (let c = 0; c <= roomW / stride; c++) {
      let total = 0
      for (let u = 0; u < kHeight; u++) {
        for (let v = 0; v < kWidth; v++) {
          total += kernel[u]![v]! * pixel(r * stride + u - padding, c * stride + v - padding)
        }
      }
      outRow.push(total)
    }
    output.push(outRow)
  }
  return output
}
