// Mutant: flips the kernel in both directions, a textbook convolution instead of the cross-correlation asked for
// Window starts 0, stride, 2 * stride, ... that still leave room for the whole kernel.
function outputLength(size: number, kernelSize: number, stride: number, padding: number): number {
  const room = size + 2 * padding - kernelSize
  return room >= 0 ? Math.floor(room / stride) + 1 : 0
}

export function conv2d(
  image: number[][],
  kernel: number[][],
  stride: number,
  padding: number,
): number[][] {
  if (image.length === 0) return []
  const height = image.length
  const width = image[0]!.length
  const outHeight = outputLength(height, kernel.length, stride, padding)
  const outWidth = outputLength(width, kernel[0]!.length, stride, padding)
  if (outHeight === 0 || outWidth === 0) return []

  const side = new Array<number>(padding).fill(0)
  const border = Array.from({ length: padding }, () =>
    new Array<number>(width + 2 * padding).fill(0),
  )
  const padded = [...border, ...image.map((row) => [...side, ...row, ...side]), ...border]

  const output: number[][] = []
  for (let r = 0; r < outHeight; r++) {
    const top = r * stride
    const outRow: number[] = []
    for (let c = 0; c < outWidth; c++) {
      const left = c * stride
      let total = 0
      kernel.forEach((kernelRow, u) => {
        const windowRow = padded[top + u]!
        kernelRow.forEach((_weight, v) => {
          total += kernel[kernel.length - 1 - u]![kernelRow.length - 1 - v]! * windowRow[left + v]!
        })
      })
      outRow.push(total)
    }
    output.push(outRow)
  }
  return output
}
