export function resizeBilinear(image: number[][], outH: number, outW: number): number[][] {
  // image[r][c] in 0..255; return outH rows of outW integers (half-pixel centres, round half up).
  throw new Error('not implemented')
}
