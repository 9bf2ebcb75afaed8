export function conv2d(
  image: number[][],
  kernel: number[][],
  stride: number,
  padding: number,
): number[][] {
  // Return the cross-correlation of the zero-padded image with the kernel, at the given stride.
  throw new Error('not implemented')
}
