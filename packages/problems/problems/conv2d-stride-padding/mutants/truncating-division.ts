// Mutant: counts windows with ((H + 2p - k) / s) | 0, which truncates toward zero, so a kernel too tall by less than the stride still gets one window
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
  const outHeight = (((height + 2 * padding - kHeight) / stride) | 0) + 1
  const outWidth = (((width + 2 * padding - kWidth) / stride) | 0) + 1
  if (outHeight <= 0 || outWidth <= 0) return []

  // Anything outside the image is padding, and padding is zero.
  const pixel = (row: number, col: number): number =>
    row >= 0 && row < height && col >= 0 && col < width ? image[row]![col]! : 0

  const output: number[][] = []
  for (let r = 0; r < outHeight; r++) {
    const outRow: number[] = []
    for (let c = 0; c < outWidth; c++) {
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
